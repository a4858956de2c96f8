import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

// Integration files that test SQLite itself (its migrations, its write lock) or bring their own MongoDB server: the
// MongoDB project leaves them out.
const sqliteOnly = [
  'tests/integration/migrate-contacts.test.ts',
  'tests/integration/migrate-newsletters.test.ts',
  'tests/integration/migrate-two-factor-secrets.test.ts',
  'tests/integration/sqlite-write-lock.test.ts',
  'tests/integration/mongodb-in-process.test.ts',
]

export default defineConfig({
  resolve: {
    alias: { '@payload-config': fileURLToPath(new URL('./cms/payload.config.ts', import.meta.url)) },
  },
  test: {
    // One process per test file: Payload caches its instance on `global`, and each integration file owns a database.
    pool: 'forks',
    isolate: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/support/count-reporter-vitest.ts'],
    env: { LOG_LEVEL: 'silent', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'], env: { TEST_DATABASE: 'sqlite' } },
      },
      {
        // Production runs on MongoDB: with MONGODB_TEST_URL set the whole integration suite runs once more against
        // that server (a database per test file, dropped afterwards). Without it, one test says so and is skipped.
        extends: true,
        test: {
          name: 'mongodb',
          include: process.env.MONGODB_TEST_URL ? ['tests/integration/**/*.test.ts', 'tests/mongodb/**/*.test.ts'] : ['tests/mongodb/**/*.test.ts'],
          exclude: sqliteOnly,
          setupFiles: ['tests/support/drop-test-databases.ts'],
          env: { TEST_DATABASE: 'mongodb' },
        },
      },
    ],
  },
})
