import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { rawStore } from '../database/raw-store'

/**
 * A worker that crashes mid-job leaves it `processing` forever (Payload never looks at it again). Once its lease has
 * run out (live workers renew theirs, see renew-leases.ts) the job is handed back to the queue to be retried.
 * Jobs started outside our runner carry no lease: they count as stale once untouched for a whole lease.
 */
export const recoverStaleJobs = async ({ payload, leaseMs, now = new Date() }: { payload: Payload; leaseMs: number; now?: Date }): Promise<number> => {
  const nowIso = now.toISOString()
  const untouchedSince = new Date(now.getTime() - leaseMs)
  const store = rawStore({ payload, collection: 'payload-jobs' })
  if (store.kind === 'mongodb') {
    const { model } = store
    const result = await model.updateMany(
      {
        processing: true,
        completedAt: null,
        $or: [{ claimedUntil: { $lt: now } }, { claimedUntil: null, updatedAt: { $lt: untouchedSince } }],
      },
      { $set: { processing: false, claimedBy: null, claimedUntil: null } },
    )
    return result.modifiedCount ?? 0
  }
  const { db } = store
  const rows = await db.all<{ id: number }>(sql`
    UPDATE payload_jobs SET processing = 0, claimed_by = NULL, claimed_until = NULL
    WHERE coalesce(processing, 0) = 1 AND completed_at IS NULL
      AND (claimed_until < ${nowIso} OR (claimed_until IS NULL AND updated_at < ${untouchedSince.toISOString()}))
    RETURNING id`)
  return rows.length
}
