/**
 * What is kept how long, per kind of data (the privacy policy promises "niet langer dan noodzakelijk"). Each period
 * is a field of the retention-settings global; these are its defaults and bounds. The upper bound only catches
 * typing errors (a period of 30,000 days is not a policy). The consent ledger has no period: it is the evidence the
 * law asks for and is never deleted.
 */
export const retentionPeriods = {
  unconfirmedSignUpsDays: { label: 'Unconfirmed sign-ups (days)', unit: 'days', defaultValue: 30, max: 3650 },
  mailMonths: { label: 'Mail messages and their delivery events (months)', unit: 'months', defaultValue: 13, max: 120 },
  completedJobsDays: { label: 'Completed jobs (days)', unit: 'days', defaultValue: 30, max: 3650 },
  auditMonths: { label: 'Audit entries (months)', unit: 'months', defaultValue: 24, max: 120 },
  // Long enough to invite past attendees to a follow-up and to answer questions about who attended; counted from the webinar.
  webinarRegistrationsMonths: { label: 'Webinar registrations, after the webinar (months)', unit: 'months', defaultValue: 24, max: 120 },
  // A trial that converted, expired or was cancelled: long enough to follow up and to answer questions about it.
  // Unverified trials go with unconfirmed sign-ups.
  endedTrialsMonths: { label: 'Trials, after they ended (months)', unit: 'months', defaultValue: 24, max: 120 },
} as const

export type RetentionPeriodName = keyof typeof retentionPeriods
export type RetentionPeriodValues = Record<RetentionPeriodName, number>

export const retentionPeriodNames = Object.keys(retentionPeriods) as RetentionPeriodName[]
