import { getPayload, type Payload } from 'payload'

import { tempDir } from './temp-dir'

export type Migration = NonNullable<NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']>[number]
export type MigrationDb = { all: <T>(q: unknown) => Promise<T[]>; run: (q: unknown) => Promise<unknown> }

/**
 * A real Payload on a fresh SQLite file with no migration run yet, for tests that build a database as an earlier
 * release left it (`payload.db.migrate({ migrations: all.slice(0, n) })`), write rows with SQL, and migrate on.
 */
export const payloadForMigrations = async ({ prefix }: { prefix: string }) => {
  process.env.DATA_DIR = tempDir({ prefix })
  delete process.env.DATABASE_URL
  process.env.PAYLOAD_SECRET = 'integration-test-secret-0123456789abcdefghij'
  const { default: config } = await import('../../cms/payload.config')
  const { migrations } = await import('../../cms/migrations')
  const payload = await getPayload({ config })
  return {
    payload,
    all: migrations as unknown as Migration[],
    db: (payload.db as unknown as { drizzle: MigrationDb }).drizzle,
    close: () => payload.destroy(),
  }
}
