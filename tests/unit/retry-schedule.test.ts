import { describe, expect, it } from 'vitest'

import { sendCampaignTask } from '../../cms/campaigns/send-campaign-task'
import { sendMailBatchTask } from '../../cms/contacts/send-mail-batch-task'
import { sendPolicyNoticesTask } from '../../cms/contacts/send-policy-notices-task'
import { cappedRetryOnFail } from '../../cms/jobs/capped-retry-on-fail'
import { defaultRetries, retryAttempts } from '../../cms/jobs/default-retries'
import { retryDelayMs } from '../../cms/jobs/retry-delay-ms'
import { scheduleCappedRetry } from '../../cms/jobs/schedule-capped-retry'
import { sendMailTask } from '../../cms/mail/send-mail-task'

const minute = 60_000
const waits = Array.from({ length: retryAttempts }, (_, tried) => retryDelayMs({ tried }))

describe('the retry schedule of every task', () => {
  it('starts at 5 s, doubles, and never waits more than 10 minutes', () => {
    expect(waits.slice(0, 4)).toEqual([5_000, 10_000, 20_000, 40_000])
    for (const [i, wait] of waits.entries()) {
      expect(wait).toBeLessThanOrEqual(10 * minute)
      if (i > 0) expect(wait).toBeGreaterThanOrEqual(waits[i - 1] as number)
    }
    expect(waits).toContain(10 * minute)
    // Far beyond the attempts: still capped, never Infinity or NaN.
    expect(retryDelayMs({ tried: 500 })).toBe(10 * minute)
  })

  it('outlasts a provider outage of more than an hour before it gives up', () => {
    expect(defaultRetries).toMatchObject({ attempts: retryAttempts })
    expect(waits.reduce((sum, w) => sum + w, 0)).toBeGreaterThan(60 * minute)
  })

  it('is what every task of ours uses', () => {
    const unused = () => {
      throw new Error('not called')
    }
    const tasks = [sendMailTask({ mailFor: unused }), sendMailBatchTask({ mailFor: unused }), sendPolicyNoticesTask({ mailFor: unused, publicUrl: 'https://x.test' }), sendCampaignTask({ portFor: unused })]
    for (const task of tasks) expect({ slug: task.slug, retries: task.retries, onFail: task.onFail }).toEqual({ slug: task.slug, retries: defaultRetries, onFail: cappedRetryOnFail })
  })

  it("moves a failed job's waitUntil to the capped backoff, keeping a later retry-after", () => {
    const now = Date.parse('2030-01-01T00:00:00.000Z')
    const job: { waitUntil?: string | null } = {}
    scheduleCappedRetry({ job, tried: 7, now })
    expect(job.waitUntil).toBe(new Date(now + 10 * minute).toISOString())

    const asked = new Date(now + 30 * minute).toISOString()
    const patient = { waitUntil: asked }
    scheduleCappedRetry({ job: patient, tried: 0, now })
    expect(patient.waitUntil).toBe(asked)
  })
})
