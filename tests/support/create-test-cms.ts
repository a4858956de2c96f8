import type { Payload } from 'payload'
import pino from 'pino'

import { tempDir } from './temp-dir'
import { testDatabaseUrl } from './test-database-url'

export type TestCms = { payload: Payload; dataDir: string; close: () => Promise<void> }

/**
 * A real Payload on a fresh database, booted through the same path as the server (migrations, optional seed): a
 * SQLite file in `dataDir`, or, in the MongoDB test project, a database named after `dataDir` on MONGODB_TEST_URL
 * (dropped when the file is done). `databaseUrl` points it elsewhere (the in-process MongoDB smoke test).
 * Call once per test file (vitest runs each file in its own process; Payload caches its instance globally).
 */
export const createTestCms = async ({
  seed = false,
  dataDir = tempDir({ prefix: 'it' }),
  databaseUrl = testDatabaseUrl({ dataDir }),
}: { seed?: boolean; dataDir?: string; databaseUrl?: string } = {}): Promise<TestCms> => {
  process.env.DATA_DIR = dataDir
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl
  else delete process.env.DATABASE_URL
  process.env.PAYLOAD_SECRET = 'integration-test-secret-0123456789abcdefghij'
  process.env.SEED_DEMO = seed ? 'true' : 'false'
  process.env.SEED_ADMIN_EMAIL = 'admin@example.com'
  process.env.SEED_ADMIN_PASSWORD = 'correct-horse-battery'
  const { bootCms } = await import('../../server/boot-cms')
  const { closeCms } = await import('../../server/close-cms')
  const { payload } = await bootCms({ logger: pino({ level: 'silent' }), announce: () => undefined })
  return { payload, dataDir, close: () => closeCms({ payload }) }
}
