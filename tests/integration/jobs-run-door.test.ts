import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApiClient } from '../support/api-client'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { storedMailInput } from '../support/stored-mail-input'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

/**
 * Payload's own /api/payload-jobs/run (and /handle-schedules) would run jobs without our leases, so two instances
 * could both send one mail. Through a real server process, neither an admin nor anyone else may open that door.
 */
const dataDir = tempDir({ prefix: 'jobs-door' })
let cms: TestCms
let server: ServerProcess

beforeAll(async () => {
  requireBuild()
  cms = await createTestCms({ dataDir })
  await cms.payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'correct-horse-battery', roles: ['admin'] }, overrideAccess: true })
  // No runner in the server: a job that moves can only have been moved by the door under test.
  server = await startServerProcess({ env: { DATA_DIR: dataDir, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, JOBS_ENABLED: 'false' } })
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
})

describe("Payload's own job-running endpoints", () => {
  it('run nothing, for an admin or anonymously', async () => {
    const job = await cms.payload.jobs.queue({ task: 'sendMail', input: await storedMailInput({ payload: cms.payload, idempotencyKey: 'door-test-0001' }) })
    const api = createApiClient({ baseUrl: server.url })
    const token = await api.login({ email: 'admin@example.com', password: 'correct-horse-battery' })
    for (const path of ['/api/payload-jobs/run', '/api/payload-jobs/run?allQueues=true', '/api/payload-jobs/handle-schedules']) {
      for (const who of [{ token }, {}]) {
        const answer = await api.rest({ path, ...who })
        expect([403, 404], `${path} ${'token' in who ? 'as admin' : 'anonymously'}: ${JSON.stringify(answer.body)}`).toContain(answer.status)
      }
    }
    const after = await cms.payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(after).toMatchObject({ totalTried: 0, processing: false, hasError: false })
    expect(after.completedAt ?? null).toBe(null)
    expect(await cms.payload.count({ collection: 'outbox-messages', where: { idempotencyKey: { equals: 'door-test-0001' } } })).toEqual({ totalDocs: 0 })
  }, 60_000)
})
