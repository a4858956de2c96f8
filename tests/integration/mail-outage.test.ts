import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { claimJobs } from '../../cms/jobs/claim-jobs'
import { findDeliveryProblems } from '../../cms/mail/find-delivery-problems'
import { queueMail } from '../../cms/mail/queue-mail'
import { retryMailMessage } from '../../cms/mail/retry-mail-message'
import { retryAttempts } from '../../cms/jobs/default-retries'
import { startResendStandIn, type ResendStandIn } from '../stand-ins/resend-stand-in'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { resendEnv } from '../support/resend-env'

/**
 * A provider outage longer than an hour, in simulated time: the Resend stand-in answers 503 to every attempt made
 * while the outage lasts. The job queue runs as our runner runs it (lease, then Payload runs the leased job); after
 * each failure the test reads the wait Payload stored, checks the job cannot be claimed before it, and then moves
 * the clock on by rewinding waitUntil. The mail must arrive once, after the outage, never dead-lettered before.
 */
const minute = 60_000
const outageMs = 65 * minute
let cms: TestCms
let standIn: ResendStandIn

beforeAll(async () => {
  standIn = await startResendStandIn({ requestsPerSecond: 50 })
  Object.assign(process.env, resendEnv({ standIn, maxRequestsPerSecond: 20 }))
  cms = await createTestCms()
})
afterAll(async () => {
  await cms?.close()
  await standIn?.close()
})

describe('a provider outage of more than an hour', () => {
  it('is outlasted: capped backoff, no dead letter, the mail delivered exactly once when it ends', async () => {
    const key = 'outage-mail-0001'
    const { jobId } = await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'en', props: {}, to: 'patient@example.com', idempotencyKey: key })
    const job = () => cms.payload.findByID({ collection: 'payload-jobs', id: jobId, depth: 0 })
    const waits: number[] = []
    let simulatedMs = 0
    for (let run = 0; run < 40; run++) {
      const down = simulatedMs < outageMs
      if (down) standIn.outage({ requests: 1 })
      expect(await claimJobs({ payload: cms.payload, workerId: 'outage-worker', leaseMs: minute, limit: 10, queue: 'default' })).toBe(1)
      await cms.payload.jobs.run({ where: { claimedBy: { equals: 'outage-worker' } }, silent: true })
      const after = await job()
      if (!down) {
        expect(after.completedAt).toBeTruthy()
        break
      }
      expect(after, `attempt ${run + 1}, ${Math.round(simulatedMs / minute)} min into the outage`).toMatchObject({ hasError: false, completedAt: null, totalTried: run + 1 })
      const wait = new Date(String(after.waitUntil)).getTime() - Date.now()
      waits.push(wait)
      // Not runnable before its time: our runner would not claim it now.
      expect(await claimJobs({ payload: cms.payload, workerId: 'outage-worker', leaseMs: minute, limit: 10, queue: 'default' })).toBe(0)
      simulatedMs += wait
      await cms.payload.update({ collection: 'payload-jobs', id: jobId, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    }

    // 5 s doubling, capped at 10 minutes (a second of slack for the time the run itself took).
    const expected = waits.map((_, tried) => Math.min(5_000 * 2 ** tried, 10 * minute))
    for (const [i, wait] of waits.entries()) {
      expect(wait).toBeGreaterThan((expected[i] as number) - 2_000)
      expect(wait).toBeLessThanOrEqual(expected[i] as number)
    }
    expect(simulatedMs).toBeGreaterThanOrEqual(outageMs)

    const done = await job()
    expect(done).toMatchObject({ hasError: false })
    expect(done.completedAt).toBeTruthy()
    expect(standIn.accepted.filter((e) => e.idempotencyKey === key)).toHaveLength(1)
    expect(standIn.counters()).toMatchObject({ scriptedFailures: waits.length, accepted: 1 })
    const row = (await cms.payload.find({ collection: 'mail-messages', where: { idempotencyKey: { equals: key } }, depth: 0 })).docs[0]
    expect(row).toMatchObject({ status: 'sent', error: null })
  }, 120_000)

  it('shows on the dashboard: failed mails, jobs given up and jobs waiting for a retry, with their errors and no addresses', async () => {
    const runOnce = async () => {
      await claimJobs({ payload: cms.payload, workerId: 'outage-worker', leaseMs: minute, limit: 10, queue: 'default' })
      await cms.payload.jobs.run({ where: { claimedBy: { equals: 'outage-worker' } }, silent: true })
    }
    standIn.failNext({ status: 422, name: 'validation_error', message: 'Invalid `to` field. The email address needs to follow the `email@example.com` format.' })
    const refused = await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'en', props: {}, to: 'refused@example.com', idempotencyKey: 'dashboard-refused-0001' })
    await runOnce()
    standIn.outage({ requests: 1 })
    const later = await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'en', props: {}, to: 'later@example.com', idempotencyKey: 'dashboard-later-0001' })
    await runOnce()

    const problems = await findDeliveryProblems({ payload: cms.payload, withJobs: true })
    expect(problems).toMatchObject({ failedMails: 1, retryingMails: 1, jobs: { gaveUp: { count: 1 }, waiting: { count: 1 } } })
    expect(problems.jobs?.gaveUp.latest).toEqual([{ id: String(refused.jobId), task: 'sendMail', tried: 1, error: expect.stringContaining('validation_error'), retryAt: undefined }])
    expect(problems.jobs?.waiting.latest).toEqual([{ id: String(later.jobId), task: 'sendMail', tried: 1, error: expect.stringContaining('application_error'), retryAt: expect.any(String) }])
    expect(JSON.stringify(problems)).not.toContain('@example.com')
    // Marketers see the mail counts; the jobs (whose inputs hold addresses) only admins.
    expect(await findDeliveryProblems({ payload: cms.payload, withJobs: false })).toEqual({ failedMails: 1, retryingMails: 1 })
  })

  it('turns a mail whose every retry failed into a dead letter a marketer can send again, once', async () => {
    const key = 'outage-dead-letter-0001'
    const { jobId } = await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'en', props: {}, to: 'late@example.com', idempotencyKey: key })
    const row = async () => (await cms.payload.find({ collection: 'mail-messages', where: { idempotencyKey: { equals: key } }, depth: 0 })).docs[0]
    // The first run and every retry meet the outage.
    for (let run = 0; run <= retryAttempts; run++) {
      standIn.outage({ requests: 1 })
      expect(await claimJobs({ payload: cms.payload, workerId: 'outage-worker', leaseMs: minute, limit: 10, queue: 'default' })).toBe(1)
      await cms.payload.jobs.run({ where: { claimedBy: { equals: 'outage-worker' } }, silent: true })
      if (run < retryAttempts) {
        expect(await row(), `run ${run + 1}`).toMatchObject({ status: 'retrying' })
        await cms.payload.update({ collection: 'payload-jobs', id: jobId, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
      }
    }
    const dead = await row()
    expect(dead).toMatchObject({ status: 'failed', deadLetter: { subject: expect.any(String), html: expect.any(String) } })
    // Nothing runs it again by itself.
    expect(await claimJobs({ payload: cms.payload, workerId: 'outage-worker', leaseMs: minute, limit: 10, queue: 'default' })).toBe(0)
    expect(standIn.accepted.filter((e) => e.idempotencyKey === key)).toHaveLength(0)

    await retryMailMessage({ payload: cms.payload, id: dead?.id as number })
    expect(await claimJobs({ payload: cms.payload, workerId: 'outage-worker', leaseMs: minute, limit: 10, queue: 'default' })).toBe(1)
    await cms.payload.jobs.run({ where: { claimedBy: { equals: 'outage-worker' } }, silent: true })
    expect(await row()).toMatchObject({ status: 'sent', error: null })
    expect(standIn.accepted.filter((e) => e.idempotencyKey === key)).toHaveLength(1)
  }, 120_000)
})
