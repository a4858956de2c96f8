import { MongoClient } from 'mongodb'
import { afterAll } from 'vitest'

import { createdMongoDatabases } from './test-database-url'

/**
 * Setup file of the MongoDB test project: once a test file is done, its databases go, so a shared server does not
 * fill up with leftovers (and a rerun never meets an old one).
 */
afterAll(async () => {
  for (const url of createdMongoDatabases) {
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000 })
    try {
      await client.connect()
      await client.db().dropDatabase()
    } finally {
      await client.close()
    }
  }
  createdMongoDatabases.clear()
})
