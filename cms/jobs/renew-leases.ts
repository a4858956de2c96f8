import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type SqliteDb = { run: (query: unknown) => Promise<unknown> }
type MongoModel = { updateMany: (filter: object, update: object) => Promise<unknown> }

/** Extends this worker's leases while its jobs run, so a long job is never mistaken for a crashed one. */
export const renewLeases = async ({ payload, workerId, leaseMs }: { payload: Payload; workerId: string; leaseMs: number }): Promise<void> => {
  const until = new Date(Date.now() + leaseMs)
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections['payload-jobs']
    await model.updateMany({ claimedBy: workerId, completedAt: null }, { $set: { claimedUntil: until } })
    return
  }
  const db = (payload.db as unknown as { drizzle: SqliteDb }).drizzle
  await db.run(sql`UPDATE payload_jobs SET claimed_until = ${until.toISOString()} WHERE claimed_by = ${workerId} AND completed_at IS NULL`)
}
