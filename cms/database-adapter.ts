import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterResult } from 'payload'

import type { Database } from '../config/runtime'

/**
 * SQLite file by default, MongoDB when DATABASE_URL says so. Schema push is off everywhere: the schema only changes
 * through committed migrations, so development, tests and production run the same SQL.
 */
export const databaseAdapter = ({ database, rootDir }: { database: Database; rootDir: string }): DatabaseAdapterResult => {
  if (database.kind === 'mongodb') {
    return mongooseAdapter({
      url: database.url,
      migrationDir: path.resolve(rootDir, 'cms/migrations-mongodb'),
      // Transactions need a replica set (Atlas always is one); without one Payload silently runs without them.
      transactionOptions: {},
    })
  }
  return sqliteAdapter({
    client: { url: database.url },
    migrationDir: path.resolve(rootDir, 'cms/migrations'),
    push: false,
    // SQLite transactions are off unless this is set (STACK.md): half-saves are exactly what they prevent.
    transactionOptions: {},
  })
}
