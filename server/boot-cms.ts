import { getPayload, type Payload } from 'payload'
import type { Logger } from 'pino'

import { getRuntime, type Runtime } from '../config/runtime'
import { seedDemo } from '../cms/seed/seed-demo'
import { ensureDataDir } from './ensure-data-dir'
import { EnvError } from '../config/env-error'
import { closeCms } from './close-cms'
import { findUnreadableData, unreadableDataProblem } from '../cms/encryption'

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

export type BootedCms = { runtime: Runtime; payload: Payload; expectedMigrations: string[] }

/**
 * Opens the database, applies pending migrations and seeds an empty database. Runs before the port is opened, so no
 * request ever meets an unmigrated schema.
 */
export const bootCms = async ({ logger, announce }: { logger: Logger; announce: (line: string) => void }): Promise<BootedCms> => {
  const runtime = getRuntime()
  if (runtime.secretCreatedAt) announce(`Created a local PAYLOAD_SECRET in ${runtime.secretCreatedAt} (set PAYLOAD_SECRET to use your own).`)
  ensureDataDir({ runtime })
  const { default: config } = await import('../cms/payload.config')
  const payload = await getPayload({ config })
  const migrations = runtime.database.kind === 'sqlite' ? (await import('../cms/migrations')).migrations : []
  // Generated migrations type their arguments more narrowly than the adapter's Migration type: same functions.
  await payload.db.migrate({ migrations: migrations as unknown as MigrateArgs['migrations'] })
  // A wrong or missing DATA_ENCRYPTION_KEY would leave people's data unreadable: refuse before anything is served.
  const unreadable = await findUnreadableData({ payload })
  if (unreadable.length > 0) {
    await closeCms({ payload })
    throw new EnvError([unreadableDataProblem({ found: unreadable })])
  }
  if (runtime.SEED_DEMO) {
    const seeded = await seedDemo({ payload, adminEmail: runtime.SEED_ADMIN_EMAIL, adminPassword: runtime.SEED_ADMIN_PASSWORD })
    if (seeded.seededContent) logger.info('seeded demo content')
    if (seeded.admin) {
      announce(`Demo admin: ${seeded.admin.email}`)
      if (seeded.admin.generatedPassword) {
        announce(`Demo admin password (shown once, change it after signing in): ${seeded.admin.generatedPassword}`)
      }
    }
  }
  return { runtime, payload, expectedMigrations: migrations.map((m) => m.name) }
}
