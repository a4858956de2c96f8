import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { Database } from '../../config/runtime'
import { createSqliteClient } from './create-sqlite-client'
import { rateLimitsTable } from './rate-limits-table'

/**
 * SQLite file by default, MongoDB when DATABASE_URL says so. Schema push is off everywhere: the schema only changes
 * through committed migrations, so development, tests and production run the same SQL.
 */
export const databaseAdapter = ({ database, rootDir }: { database: Database; rootDir: string }): DatabaseAdapterObj => {
  if (database.kind === 'mongodb') {
    return mongooseAdapter({
      url: database.url,
      migrationDir: path.resolve(rootDir, 'cms/migrations-mongodb'),
      // Transactions need a replica set (Atlas always is one); without one Payload silently runs without them.
      transactionOptions: {},
    })
  }
  const sqlite = sqliteAdapter({
    client: { url: database.url },
    migrationDir: path.resolve(rootDir, 'cms/migrations'),
    push: false,
    // Payload leaves SQLite transactions off unless this is set: half-saves are exactly what they prevent.
    transactionOptions: {},
    // The shared rate-limit table lives beside Payload's, so migrations create it like any other.
    afterSchemaInit: [({ schema }) => ({ ...schema, tables: { ...schema.tables, rate_limits: rateLimitsTable } })],
  })
  return {
    ...sqlite,
    // Payload creates its client on connect unless one is there: ours keeps the busy timeout on every connection
    // (see create-sqlite-client.ts) and turns on WAL, so several instances can share the file.
    init: (args: Parameters<typeof sqlite.init>[0]) => {
      const adapter = sqlite.init(args) as ReturnType<typeof sqlite.init> & { client?: unknown }
      adapter.client = createSqliteClient({ url: database.url, busyTimeoutMs: 10_000 })
      return adapter
    },
  }
}
