import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { rawStore } from '../database/raw-store'

/** Extends this worker's leases while its jobs run, so a long job is never mistaken for a crashed one. */
export const renewLeases = async ({ payload, workerId, leaseMs }: { payload: Payload; workerId: string; leaseMs: number }): Promise<void> => {
  const until = new Date(Date.now() + leaseMs)
  const store = rawStore({ payload, collection: 'payload-jobs' })
  if (store.kind === 'mongodb') {
    const { model } = store
    await model.updateMany({ claimedBy: workerId, completedAt: null }, { $set: { claimedUntil: until } })
    return
  }
  const { db } = store
  await db.run(sql`UPDATE payload_jobs SET claimed_until = ${until.toISOString()} WHERE claimed_by = ${workerId} AND completed_at IS NULL`)
}
