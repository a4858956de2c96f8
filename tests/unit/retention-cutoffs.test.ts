import { describe, expect, it } from 'vitest'

import { nextDailyRun } from '../../cms/jobs/next-daily-run'
import { retentionCutoffs } from '../../cms/retention/retention-cutoffs'
import { retentionPeriodMessage } from '../../cms/retention/retention-period-message'

const periods = { unconfirmedSignUpsDays: 30, mailMonths: 13, completedJobsDays: 30, auditMonths: 24, webinarRegistrationsMonths: 24, endedTrialsMonths: 24 }

describe('retention cut-offs', () => {
  it('count days as days and months as calendar months, clamped to the month’s last day', () => {
    const cut = retentionCutoffs({ periods, now: new Date('2031-03-31T03:00:00.000Z') })
    expect(cut.unconfirmedSignUps.toISOString()).toBe('2031-03-01T03:00:00.000Z')
    expect(cut.completedJobs.toISOString()).toBe('2031-03-01T03:00:00.000Z')
    // 13 months before 31 March 2031 is the last day of February 2030 (no 31st; 2030 is no leap year)
    expect(cut.mail.toISOString()).toBe('2030-02-28T03:00:00.000Z')
    expect(cut.audit.toISOString()).toBe('2029-03-31T03:00:00.000Z')
    expect(cut.webinarRegistrations.toISOString()).toBe('2029-03-31T03:00:00.000Z')
    expect(retentionCutoffs({ periods, now: new Date('2030-03-31T12:00:00.000Z') }).mail.toISOString()).toBe('2029-02-28T12:00:00.000Z')
    expect(retentionCutoffs({ periods, now: new Date('2029-03-31T12:00:00.000Z') }).mail.toISOString()).toBe('2028-02-29T12:00:00.000Z')
  })
})

describe('retention periods', () => {
  it('accept whole numbers within the range and name the range when refusing', () => {
    expect(retentionPeriodMessage({ name: 'mailMonths', value: 13 })).toBeUndefined()
    expect(retentionPeriodMessage({ name: 'completedJobsDays', value: 1 })).toBeUndefined()
    for (const value of [0, -1, 2.5, '30', null, undefined, Number.NaN, 121]) {
      expect(retentionPeriodMessage({ name: 'mailMonths', value }), String(value)).toMatch(/whole number of months from 1 to 120/)
    }
    expect(retentionPeriodMessage({ name: 'unconfirmedSignUpsDays', value: 0 })).toMatch(/whole number of days from 1 to 3650/)
  })
})

describe('the next daily run', () => {
  it('is today at the hour when that is still ahead, else tomorrow', () => {
    expect(nextDailyRun({ now: new Date('2031-06-10T02:59:59.000Z'), hourUtc: 3 }).toISOString()).toBe('2031-06-10T03:00:00.000Z')
    expect(nextDailyRun({ now: new Date('2031-06-10T03:00:00.000Z'), hourUtc: 3 }).toISOString()).toBe('2031-06-11T03:00:00.000Z')
    expect(nextDailyRun({ now: new Date('2031-12-31T23:00:00.000Z'), hourUtc: 3 }).toISOString()).toBe('2032-01-01T03:00:00.000Z')
  })
})
