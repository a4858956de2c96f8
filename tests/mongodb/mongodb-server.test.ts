import { MongoClient } from 'mongodb'
import { describe, expect, it } from 'vitest'

import { withDatabaseName } from '../support/test-database-url'

const url = process.env.MONGODB_TEST_URL
const reason = 'no MongoDB server: set MONGODB_TEST_URL=mongodb://… to run the integration suite against MongoDB'
// The one skip the suite allows: CI has no MongoDB server. Said out loud, so a green run never hides it.
if (!url) console.warn(`[mongodb] integration suite against MongoDB skipped — ${reason}`)

describe('the integration suite against MongoDB', () => {
  it.skipIf(!url)(url ? 'runs against MONGODB_TEST_URL (a replica set, so transactions are real)' : `skipped: ${reason}`, async () => {
    const client = new MongoClient(withDatabaseName({ url: url ?? '', name: 'admin' }), { serverSelectionTimeoutMS: 5000 })
    try {
      await client.connect()
      const hello = await client.db('admin').command({ hello: 1 })
      // Payload's MongoDB adapter runs without transactions on a standalone server: the suite would prove less.
      expect(hello.setName, 'MONGODB_TEST_URL should name a replica set member').toBeTruthy()
    } finally {
      await client.close()
    }
  })
})
