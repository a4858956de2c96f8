import type { RetentionPeriodValues } from './retention-periods'

export type RetentionCutoffs = { unconfirmedSignUps: Date; mail: Date; completedJobs: Date; audit: Date; webinarRegistrations: Date; endedTrials: Date }

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000)
// Calendar months (13 months back from 31 March is 28 February or 29 February, as the calendar has it).
const monthsBefore = (now: Date, months: number) => {
  const date = new Date(now)
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() - months)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return date
}

/** Per kind, the moment before which rows are expired: anything created (or completed) before it is deleted. */
export const retentionCutoffs = ({ periods, now }: { periods: RetentionPeriodValues; now: Date }): RetentionCutoffs => ({
  unconfirmedSignUps: daysBefore(now, periods.unconfirmedSignUpsDays),
  mail: monthsBefore(now, periods.mailMonths),
  completedJobs: daysBefore(now, periods.completedJobsDays),
  audit: monthsBefore(now, periods.auditMonths),
  webinarRegistrations: monthsBefore(now, periods.webinarRegistrationsMonths),
  endedTrials: monthsBefore(now, periods.endedTrialsMonths),
})
