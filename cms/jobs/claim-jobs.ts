import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { rawStore } from '../database/raw-store'

type ClaimArgs = { payload: Payload; workerId: string; leaseMs: number; limit: number; queue: string; now?: Date }

/**
 * Atomically leases up to `limit` runnable jobs to this worker, so that two instances sharing one database never
 * run the same job. SQLite: one UPDATE … WHERE id IN (SELECT …) statement (SQLite serialises writers). MongoDB:
 * findOneAndUpdate, atomic per document, once per job. A job already leased to this worker (waiting for a retry)
 * stays ours; a lease that expired (its worker died) can be taken over.
 */
export const claimJobs = async ({ payload, workerId, leaseMs, limit, queue, now = new Date() }: ClaimArgs): Promise<number> => {
  const nowIso = now.toISOString()
  const until = new Date(now.getTime() + leaseMs)
  const store = rawStore({ payload, collection: 'payload-jobs' })
  if (store.kind === 'mongodb') {
    const { model } = store
    // Each round's filter must leave out the jobs earlier rounds just leased: they are ours now, so "ours" alone
    // would match the oldest of them again and count it `limit` times while leasing one job.
    const claimed: unknown[] = []
    while (claimed.length < limit) {
      const doc = await model.findOneAndUpdate(
        {
          _id: { $nin: claimed },
          completedAt: null,
          hasError: { $ne: true },
          processing: { $ne: true },
          queue,
          $and: [
            { $or: [{ waitUntil: null }, { waitUntil: { $lte: now } }] },
            { $or: [{ claimedBy: null }, { claimedBy: workerId }, { claimedUntil: { $lt: now } }] },
          ],
        },
        { $set: { claimedBy: workerId, claimedUntil: until } },
        { sort: { createdAt: 1 }, new: true },
      )
      if (!doc) break
      claimed.push(doc._id)
    }
    return claimed.length
  }
  const { db } = store
  const rows = await db.all<{ id: number }>(sql`
    UPDATE payload_jobs SET claimed_by = ${workerId}, claimed_until = ${until.toISOString()}
    WHERE id IN (
      SELECT id FROM payload_jobs
      WHERE completed_at IS NULL AND coalesce(has_error, 0) = 0 AND coalesce(processing, 0) = 0
        AND queue = ${queue}
        AND (wait_until IS NULL OR wait_until <= ${nowIso})
        AND (claimed_by IS NULL OR claimed_by = ${workerId} OR claimed_until < ${nowIso})
      ORDER BY created_at LIMIT ${limit}
    )
    RETURNING id`)
  return rows.length
}
