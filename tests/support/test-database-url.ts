import { createHash } from 'node:crypto'

import { z } from 'zod'

/** Databases this test file created on a MongoDB server; drop-test-databases.ts drops them when the file is done. */
export const createdMongoDatabases = new Set<string>()

const mongoUrl = z.string().regex(/^mongodb(\+srv)?:\/\//, 'MONGODB_TEST_URL must start with mongodb:// or mongodb+srv://')

/** The MongoDB server the integration suite runs against, when this run is the MongoDB project (see vitest.config.ts). */
export const mongoTestServer = (): string | undefined => {
  if (process.env.TEST_DATABASE !== 'mongodb') return undefined
  const url = process.env.MONGODB_TEST_URL
  if (!url) throw new Error('TEST_DATABASE=mongodb needs MONGODB_TEST_URL=mongodb://…')
  return mongoUrl.parse(url)
}

/**
 * `url` with its database name replaced by `name` (host lists and options kept: a replica set URL names several
 * hosts, which WHATWG URL cannot parse).
 */
export const withDatabaseName = ({ url, name }: { url: string; name: string }): string => {
  const [base = '', query] = url.split('?', 2)
  const scheme = base.indexOf('://') + 3
  const slash = base.indexOf('/', scheme)
  const hosts = slash === -1 ? base : base.slice(0, slash)
  return `${hosts}/${name}${query === undefined ? '' : `?${query}`}`
}

/**
 * The DATABASE_URL for a test's data folder: undefined on SQLite (the file lives in the folder), else a database
 * named after the folder on the MongoDB test server, so a test's CMS and its server processes on "one data folder"
 * share one database, and no two test files ever do.
 */
export const testDatabaseUrl = ({ dataDir }: { dataDir: string }): string | undefined => {
  const server = mongoTestServer()
  if (!server) return undefined
  const name = `myplugin_test_${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`
  createdMongoDatabases.add(withDatabaseName({ url: server, name }))
  return withDatabaseName({ url: server, name })
}
