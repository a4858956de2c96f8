import type { Payload } from 'payload'

export type Readiness = {
  ready: boolean
  checks: { database: 'ok' | 'down'; migrations: 'ok' | 'pending' | 'unknown'; jobs: 'ok' | 'down' | 'disabled' }
}

/** Ready = the database answers, every committed migration is applied, and the job runner (if enabled) is alive. */
export const createReadinessCheck =
  ({ payload, expectedMigrations, jobsAlive }: { payload: Payload; expectedMigrations: string[]; jobsAlive?: () => boolean }) =>
  async (): Promise<Readiness> => {
    const checks: Readiness['checks'] = { database: 'down', migrations: 'unknown', jobs: jobsAlive ? 'down' : 'disabled' }
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
    if (jobsAlive) checks.jobs = jobsAlive() ? 'ok' : 'down'
    const ready = checks.database === 'ok' && checks.migrations === 'ok' && checks.jobs !== 'down'
    return { ready, checks }
  }
