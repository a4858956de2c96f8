import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { claimJobs } from '../../cms/jobs/claim-jobs'
import { startJobRunner, type JobRunner } from '../../server/start-job-runner'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { storedMailInput } from '../support/stored-mail-input'
import { waitFor } from '../support/wait-for'

let cms: TestCms
let runner: JobRunner | undefined

const mail = (key: string) => storedMailInput({ payload: cms.payload, idempotencyKey: key })
const job = (id: string | number) => cms.payload.findByID({ collection: 'payload-jobs', id, depth: 0 })

beforeAll(async () => {
  cms = await createTestCms()
})
afterAll(async () => {
  await runner?.stop({ timeoutMs: 5000 })
  await cms?.close()
})

describe('the job runner', () => {
  it('runs a queued mail job: the message lands in the local outbox', async () => {
    runner = startJobRunner({ payload: cms.payload, workerId: 'w-test', pollMs: 50, leaseMs: 60_000, logger: pino({ level: 'silent' }) })
    const queued = await cms.payload.jobs.queue({ task: 'sendMail', input: await mail('key-first-0001') })
    const done = await waitFor({ what: 'the job to complete', check: async () => (await job(queued.id)).completedAt })
    expect(done).toBeTruthy()
    const outbox = await cms.payload.find({ collection: 'outbox-messages', where: { idempotencyKey: { equals: 'key-first-0001' } } })
    expect(outbox.docs).toHaveLength(1)
    expect(outbox.docs[0]).toMatchObject({ to: 'someone@example.com', subject: 'Testbericht van myPlugin' })
    await runner.stop({ timeoutMs: 5000 })
    runner = undefined
  })

  it('sends once per idempotency key, however often the job is queued', async () => {
    runner = startJobRunner({ payload: cms.payload, workerId: 'w-test', pollMs: 50, leaseMs: 60_000, logger: pino({ level: 'silent' }) })
    const a = await cms.payload.jobs.queue({ task: 'sendMail', input: await mail('key-same-0002') })
    const b = await cms.payload.jobs.queue({ task: 'sendMail', input: await mail('key-same-0002') })
    await waitFor({ what: 'both jobs to complete', check: async () => (await job(a.id)).completedAt && (await job(b.id)).completedAt })
    const outbox = await cms.payload.count({ collection: 'outbox-messages', where: { idempotencyKey: { equals: 'key-same-0002' } } })
    expect(outbox.totalDocs).toBe(1)
    await runner.stop({ timeoutMs: 5000 })
    runner = undefined
  })

  it('retries a failed task later, with backoff, instead of dropping it', async () => {
    runner = startJobRunner({ payload: cms.payload, workerId: 'w-test', pollMs: 50, leaseMs: 60_000, logger: pino({ level: 'silent' }) })
    const queued = await cms.payload.jobs.queue({ task: 'sendMail', input: { message: 'x'.repeat(65) } })
    const failedOnce = await waitFor({
      what: 'a first failed attempt',
      check: async () => {
        const doc = await job(queued.id)
        return doc.totalTried && doc.totalTried >= 1 ? doc : undefined
      },
    })
    expect(failedOnce.completedAt).toBeFalsy()
    expect(failedOnce.hasError).toBe(false)
    expect(new Date(String(failedOnce.waitUntil)).getTime()).toBeGreaterThan(Date.now())
    expect(failedOnce.log?.[0]?.state).toBe('failed')
    await runner.stop({ timeoutMs: 5000 })
    runner = undefined
  })

  it('re-queues a job left "processing" by a crashed worker once its lease has run out', async () => {
    const queued = await cms.payload.jobs.queue({ task: 'sendMail', input: await mail('key-crash-0004') })
    // What a worker killed mid-job leaves behind: processing, leased to a worker that no longer renews it.
    await cms.payload.update({
      collection: 'payload-jobs',
      id: queued.id,
      data: { processing: true, claimedBy: 'dead-worker', claimedUntil: new Date(Date.now() - 1000).toISOString() },
    })
    runner = startJobRunner({ payload: cms.payload, workerId: 'w-rescuer', pollMs: 50, leaseMs: 60_000, logger: pino({ level: 'silent' }) })
    await waitFor({ what: 'the recovered job to complete', check: async () => (await job(queued.id)).completedAt })
    expect((await job(queued.id)).claimedBy).toBe('w-rescuer')
    await runner.stop({ timeoutMs: 5000 })
    runner = undefined
  })

  it('leases a job to one worker at a time until the lease expires', async () => {
    // Its own queue, so jobs of the other tests cannot interfere.
    const queue = 'lease-test'
    const queued = await cms.payload.jobs.queue({ task: 'sendMail', input: await mail('key-lease-0005'), queue })
    const now = new Date()
    expect(await claimJobs({ payload: cms.payload, workerId: 'A', leaseMs: 60_000, limit: 10, queue, now })).toBe(1)
    expect(await claimJobs({ payload: cms.payload, workerId: 'B', leaseMs: 60_000, limit: 10, queue, now })).toBe(0)
    expect(await claimJobs({ payload: cms.payload, workerId: 'A', leaseMs: 60_000, limit: 10, queue, now })).toBe(1)
    const later = new Date(now.getTime() + 61_000)
    expect(await claimJobs({ payload: cms.payload, workerId: 'B', leaseMs: 60_000, limit: 10, queue, now: later })).toBe(1)
    expect((await job(queued.id)).claimedBy).toBe('B')
  })

  it('stops within its bounded wait', async () => {
    runner = startJobRunner({ payload: cms.payload, workerId: 'w-stop', pollMs: 10_000, leaseMs: 60_000, logger: pino({ level: 'silent' }) })
    const started = Date.now()
    expect(await runner.stop({ timeoutMs: 5000 })).toEqual({ finished: true })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(runner.alive()).toBe(false)
    runner = undefined
  })
})
