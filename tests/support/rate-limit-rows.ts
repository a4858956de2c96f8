import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

export type RateLimitRow = { key: string; points: number }

/**
 * What rate-limiter-flexible stored (cms/database/shared-budget.ts): not a Payload collection, so no adapter-neutral
 * door reaches it. SQLite: the `rate_limits` table; MongoDB: the `rate_limits` collection.
 */
export const rateLimitRows = async ({ payload }: { payload: Payload }): Promise<RateLimitRow[]> => {
  if (payload.db.name === 'mongoose') {
    const { connection } = payload.db as unknown as { connection: { collection: (name: string) => { find: () => { toArray: () => Promise<RateLimitRow[]> } } } }
    return connection.collection('rate_limits').find().toArray()
  }
  const { drizzle } = payload.db as unknown as { drizzle: { all: <T>(q: unknown) => Promise<T[]> } }
  return drizzle.all<RateLimitRow>(sql`SELECT key, points FROM rate_limits`)
}
