import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queueMail } from '../../cms/mail/queue-mail'
import { renderTestMail } from '../../emails/render-test-mail'
import { createResendMailAdapter } from '../../integrations/mail/create-resend-mail-adapter'
import { startResendStandIn, type ResendStandIn } from '../stand-ins/resend-stand-in'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { resendEnv } from '../support/resend-env'

/**
 * Resend remembers an idempotency key for 24 hours only. A mail sent again after that (a job re-queued or retried a
 * day later with the same key) must be stopped by our own record of it, not by the provider, who would send it
 * again. The stand-in's clock is moved on instead of waiting a day.
 */
const hour = 60 * 60_000
let clock = Date.now()
let cms: TestCms
let standIn: ResendStandIn
const settings = () => ({ apiKey: standIn.apiKey, baseUrl: standIn.url, from: 'myPlugin <hello@myplugin.test>', maxRequestsPerSecond: 20 })

/** Runs the job as the runner does (Payload picks it up), then returns it. */
const runJob = async (id: string | number) => {
  await cms.payload.jobs.runByID({ id, silent: true })
  return cms.payload.findByID({ collection: 'payload-jobs', id, depth: 0 })
}

beforeAll(async () => {
  standIn = await startResendStandIn({ requestsPerSecond: 50, clock: () => clock })
  Object.assign(process.env, resendEnv({ standIn, maxRequestsPerSecond: 20 }))
  cms = await createTestCms()
})
afterAll(async () => {
  await cms?.close()
  await standIn?.close()
})

describe('idempotency keys older than a day', () => {
  it('the provider (stand-in) forgets them: the same request a day later is sent again', async () => {
    const port = createResendMailAdapter(settings())
    const message = { ...renderTestMail({ locale: 'nl' }), to: 'forgotten@example.com', idempotencyKey: 'expiry-bare-0001' }
    const first = await port.send(message)
    clock += 23 * hour
    expect((await port.send(message)).id).toBe(first.id)
    expect(standIn.accepted.filter((e) => e.idempotencyKey === message.idempotencyKey)).toHaveLength(1)
    clock += 2 * hour
    const later = await port.send(message)
    expect(later.id).not.toBe(first.id)
    expect(standIn.accepted.filter((e) => e.idempotencyKey === message.idempotencyKey)).toHaveLength(2)
  })

  it('our mail record refuses a re-sent sendMail job, so the provider never sees it again', async () => {
    const key = 'expiry-mail-0001'
    const { jobId } = await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'en', props: {}, to: 'once@example.com', idempotencyKey: key })
    expect(await runJob(jobId)).toMatchObject({ hasError: false, completedAt: expect.any(String) })
    expect(standIn.accepted.filter((e) => e.idempotencyKey === key)).toHaveLength(1)

    clock += 25 * hour
    const requestsBefore = standIn.counters().requests
    const original = await cms.payload.findByID({ collection: 'payload-jobs', id: jobId, depth: 0 })
    const again = await cms.payload.jobs.queue({ task: 'sendMail', input: original.input as never })
    const rerun = await runJob(again.id)
    expect(rerun).toMatchObject({ hasError: false, completedAt: expect.any(String) })
    expect(rerun.log?.find((l) => l.state === 'succeeded')?.output).toMatchObject({ duplicate: true, outcome: 'duplicate' })
    // Zero second acceptance, and no request at all: our record answered.
    expect(standIn.accepted.filter((e) => e.idempotencyKey === key)).toHaveLength(1)
    expect(standIn.counters().requests).toBe(requestsBefore)
    const rows = await cms.payload.find({ collection: 'mail-messages', where: { idempotencyKey: { equals: key } }, depth: 0 })
    expect(rows.docs).toHaveLength(1)
    expect(rows.docs[0]).toMatchObject({ status: 'sent' })
  })
})
