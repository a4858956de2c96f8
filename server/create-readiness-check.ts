import type { Payload } from 'payload'

import { probeWrite } from '../cms/database/probe-write'

export type Readiness = {
  ready: boolean
  checks: { database: 'ok' | 'down'; writes: 'ok' | 'down'; migrations: 'ok' | 'pending' | 'unknown'; jobs: 'ok' | 'down' | 'disabled' }
}

/**
 * Ready = the database answers reads and a write completes in bounded time, every committed migration is applied,
 * and the job runner (if enabled) is alive. The write probe matters: reads kept answering while every write hung.
 */
export const createReadinessCheck =
  ({
    payload,
    expectedMigrations,
    jobsAlive,
    writeProbeMs = 3_000,
  }: {
    payload: Payload
    expectedMigrations: string[]
    jobsAlive?: () => boolean
    writeProbeMs?: number
  }) =>
  async (): Promise<Readiness> => {
    const checks: Readiness['checks'] = { database: 'down', writes: 'down', migrations: 'unknown', jobs: jobsAlive ? 'down' : 'disabled' }
    try {
      const applied = await payload.find({
        collection: 'payload-migrations',
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      checks.database = 'ok'
      const names = new Set(applied.docs.map((d) => (d as { name?: string }).name))
      checks.migrations = expectedMigrations.every((m) => names.has(m)) ? 'ok' : 'pending'
    } catch {
      checks.database = 'down'
    }
    checks.writes = (await probeWrite({ payload, timeoutMs: writeProbeMs })) ? 'ok' : 'down'
    if (jobsAlive) checks.jobs = jobsAlive() ? 'ok' : 'down'
    const ready = checks.database === 'ok' && checks.writes === 'ok' && checks.migrations === 'ok' && checks.jobs !== 'down'
    return { ready, checks }
  }
