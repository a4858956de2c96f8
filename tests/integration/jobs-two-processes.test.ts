import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestCms, type TestCms } from '../support/create-test-cms'
import { storedMailInput } from '../support/stored-mail-input'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'

const dataDir = tempDir({ prefix: 'two' })
const jobCount = 60
let cms: TestCms
let servers: ServerProcess[] = []

beforeAll(async () => {
  requireBuild()
  // The test process migrates the file and queues jobs; it never runs any.
  cms = await createTestCms({ dataDir })
  const env = { DATA_DIR: dataDir, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, JOBS_POLL_MS: '50' }
  servers = await Promise.all([startServerProcess({ env }), startServerProcess({ env })])
})
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')))
  await cms?.close()
})

describe('two server processes on one SQLite file', () => {
  it('run every queued job exactly once', async () => {
    const queued = await Promise.all(
      Array.from({ length: jobCount }, (_, i) =>
        storedMailInput({ payload: cms.payload, to: `p${i}@example.com`, idempotencyKey: `two-proc-${i}`, locale: 'en' }).then((input) => cms.payload.jobs.queue({ task: 'sendMail', input })),
      ),
    )
    await waitFor({
      what: 'all jobs to complete',
      timeoutMs: 60_000,
      check: async () => (await cms.payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: true } } })).totalDocs === jobCount,
    })
    // Each runner also queues the daily jobs (custom.dailyJobs): the two together queue each one once.
    const daily = await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'applyRetention' } }, limit: 0, pagination: false, depth: 0 })
    expect(daily.docs).toHaveLength(1)
    expect(daily.docs[0]?.completedAt).toBeFalsy()
    const jobs = await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendMail' } }, limit: 0, pagination: false, depth: 0 })
    expect(jobs.docs).toHaveLength(jobCount)
    for (const job of jobs.docs) {
      // Payload appends one log entry per task execution: a second run would show here.
      expect(job.log?.map((l) => l.state)).toEqual(['succeeded'])
      expect(job.totalTried).toBe(1)
    }
    const workers = new Set(jobs.docs.map((j) => j.claimedBy))
    expect((await cms.payload.count({ collection: 'outbox-messages' })).totalDocs).toBe(jobCount)
    expect(queued).toHaveLength(jobCount)
    console.info(`jobs per worker: ${JSON.stringify(Object.fromEntries([...workers].map((w) => [w, jobs.docs.filter((j) => j.claimedBy === w).length])))}`)
  })
})
