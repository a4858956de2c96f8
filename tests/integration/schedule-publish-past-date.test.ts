import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, type PayloadRequest } from 'payload'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { guardSchedulePublish } from '../../cms/jobs/guard-schedule-publish'
import { startJobRunner, type JobRunner } from '../../server/start-job-runner'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { waitFor } from '../support/wait-for'

/**
 * Bad input from issue #3: a scheduled publish or unpublish in the past is refused on the server with a clear
 * message, and nothing is saved (no job, no new version); a date in the future is accepted and runs.
 */
let cms: TestCms
let runner: JobRunner | undefined
let pageId = 0
let marketerReq: PayloadRequest

const scheduledJobs = async () =>
  (await cms.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, overrideAccess: true })).totalDocs
const pageVersions = async () =>
  (await cms.payload.countVersions({ collection: 'pages', where: { parent: { equals: pageId } }, overrideAccess: true })).totalDocs
const nothingSaved = async (run: () => Promise<unknown>) => {
  const before = { jobs: await scheduledJobs(), versions: await pageVersions() }
  await run()
  expect({ jobs: await scheduledJobs(), versions: await pageVersions() }).toEqual(before)
}

// The admin's schedule drawer calls the 'schedule-publish' server function; cms/app/(payload)/layout.tsx puts the
// guard in front of Payload's own handler exactly like this.
const adminServerFunction = async (args: Record<string, unknown>) =>
  guardSchedulePublish({ name: 'schedule-publish', args }) ?? schedulePublishHandler({ ...(args as Parameters<typeof schedulePublishHandler>[0]), req: marketerReq })
const doc = () => ({ relationTo: 'pages', value: String(pageId) })
const past = () => new Date(Date.now() - 60_000)
const pastMessage = /The scheduled (publish|unpublish) date \(.+ UTC\) is in the past\. Pick a date and time in the future; nothing was scheduled\./

beforeAll(async () => {
  cms = await createTestCms()
  const marketer = await cms.payload.create({
    collection: 'users',
    data: { email: 'marketer@example.com', password: 'marketer-password-123', roles: ['marketer'] },
    overrideAccess: true,
  })
  marketerReq = await createLocalReq({ user: { ...marketer, collection: 'users' } }, cms.payload)
  pageId = (await cms.payload.create({ collection: 'pages', data: { title: 'Gepland', slug: 'gepland', _status: 'draft' }, draft: true, overrideAccess: true })).id
})
afterAll(async () => {
  await runner?.stop({ timeoutMs: 5000 })
  await cms?.close()
})

describe('a scheduled publish or unpublish in the past', () => {
  it('is refused by the admin schedule drawer’s server function, with a clear message, and nothing is queued', async () => {
    await nothingSaved(async () => {
      const result = await adminServerFunction({ type: 'publish', date: past(), doc: doc(), timezone: 'Europe/Brussels' })
      expect(result).toEqual({ error: expect.stringMatching(pastMessage) })
    })
    await nothingSaved(async () => {
      // Dates arrive as strings too (any client can call the server function).
      const result = await adminServerFunction({ type: 'unpublish', date: past().toISOString(), doc: doc() })
      expect(result).toEqual({ error: expect.stringMatching(/scheduled unpublish date .* is in the past/) })
    })
    await nothingSaved(async () => {
      expect(await adminServerFunction({ type: 'publish', doc: doc() })).toEqual({ error: 'Pick a date and time for the scheduled publish; nothing was scheduled.' })
    })
  })

  it('is refused through the jobs collection (REST, GraphQL, admin form, Local API), with a clear message', async () => {
    const admin = (await cms.payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1, overrideAccess: true })).docs[0]
    await nothingSaved(async () => {
      await expect(
        cms.payload.create({
          collection: 'payload-jobs',
          data: { taskSlug: 'schedulePublish', waitUntil: past().toISOString(), input: { type: 'publish', doc: { relationTo: 'pages', value: String(pageId) } } },
          overrideAccess: false,
          user: admin ? { ...admin, collection: 'users' } : undefined,
        }),
      ).rejects.toThrow(pastMessage)
    })
    await nothingSaved(async () => {
      await expect(
        cms.payload.create({
          collection: 'payload-jobs',
          data: { taskSlug: 'schedulePublish', waitUntil: new Date(Date.now() - 1000).toISOString(), input: { type: 'unpublish', doc: { relationTo: 'pages', value: String(pageId) } } },
        }),
      ).rejects.toThrow(/scheduled unpublish date .* is in the past/)
    })
    expect((await cms.payload.findByID({ collection: 'pages', id: pageId, overrideAccess: true }))._status).toBe('draft')
  })
})

describe('a scheduled publish in the future', () => {
  it('is accepted from the admin drawer and the job publishes the page when its time comes', async () => {
    const when = new Date(Date.now() + 1500)
    expect(await adminServerFunction({ type: 'publish', date: when, doc: doc(), timezone: 'Europe/Brussels' })).toEqual({ message: expect.any(String) })
    const queued = await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, overrideAccess: true })
    expect(queued.docs).toHaveLength(1)
    expect(new Date(String(queued.docs[0]?.waitUntil)).toISOString()).toBe(when.toISOString())

    runner = startJobRunner({ payload: cms.payload, workerId: 'w-schedule', pollMs: 100, leaseMs: 60_000, logger: pino({ level: 'silent' }) })
    const published = await waitFor({
      what: 'the scheduled publish',
      check: async () => (await cms.payload.findByID({ collection: 'pages', id: pageId, overrideAccess: true }))._status === 'published',
    })
    expect(published).toBe(true)
    // Not before its time.
    expect(Date.now()).toBeGreaterThanOrEqual(when.getTime())
  })

  it('is accepted through the jobs collection', async () => {
    const job = await cms.payload.create({
      collection: 'payload-jobs',
      data: { taskSlug: 'schedulePublish', waitUntil: new Date(Date.now() + 3_600_000).toISOString(), input: { type: 'unpublish', doc: { relationTo: 'pages', value: String(pageId) } } },
    })
    expect(job.id).toBeDefined()
  })

  it('removing an upcoming event from the drawer still works (it carries no date)', async () => {
    const upcoming = await cms.payload.find({ collection: 'payload-jobs', where: { 'input.type': { equals: 'unpublish' } }, overrideAccess: true })
    const id = upcoming.docs[0]?.id
    expect(id).toBeDefined()
    expect(await adminServerFunction({ deleteID: id })).toEqual({ message: expect.any(String) })
    // (Payload's handler then also queues an empty, dateless job that does nothing: its own quirk, left alone.)
    expect((await cms.payload.count({ collection: 'payload-jobs', where: { 'input.type': { equals: 'unpublish' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
