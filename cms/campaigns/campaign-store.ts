import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { rawStore } from '../database/raw-store'

/**
 * The few campaign statements that must be atomic or aggregate, which Payload's adapters do not expose: the sending
 * lease (one worker per campaign, taken over when it expires) and the per-day event counts behind the statistics.
 */
export const campaignStore = ({ payload }: { payload: Payload }) => {
  const sends = rawStore({ payload, collection: 'campaign-sends' })
  const events = rawStore({ payload, collection: 'campaign-events' })
  return {
    /** True when this owner now holds the lease of the send (it was free, expired, or already ours). */
    acquireLease: async ({ sendId, owner, leaseMs, now = new Date() }: { sendId: string | number; owner: string; leaseMs: number; now?: Date }): Promise<boolean> => {
      const until = new Date(now.getTime() + leaseMs)
      if (sends.kind === 'mongodb') {
        const doc = await sends.model.findOneAndUpdate(
          { _id: sendId, $or: [{ leaseOwner: null }, { leaseOwner: owner }, { leaseUntil: { $lt: now } }] },
          { $set: { leaseOwner: owner, leaseUntil: until } },
          { new: true },
        )
        return doc !== null
      }
      const rows = await sends.db.all<{ id: number }>(sql`
        UPDATE campaign_sends SET lease_owner = ${owner}, lease_until = ${until.toISOString()}
        WHERE id = ${Number(sendId)} AND (lease_owner IS NULL OR lease_owner = ${owner} OR lease_until < ${now.toISOString()})
        RETURNING id`)
      return rows.length === 1
    },
    releaseLease: async ({ sendId, owner }: { sendId: string | number; owner: string }): Promise<void> => {
      if (sends.kind === 'mongodb') {
        await sends.model.updateOne({ _id: sendId, leaseOwner: owner }, { $set: { leaseOwner: null, leaseUntil: null } })
        return
      }
      await sends.db.run(sql`UPDATE campaign_sends SET lease_owner = NULL, lease_until = NULL WHERE id = ${Number(sendId)} AND lease_owner = ${owner}`)
    },
    /** Events of one campaign counted per type and UTC day. */
    countEventsByDay: async ({ campaignId }: { campaignId: string | number }): Promise<{ type: string; day: string; count: number }[]> => {
      if (events.kind === 'mongodb') {
        const groups = await events.model.aggregate<{ _id: { type: string; day: string }; count: number }>([
          { $match: { campaign: campaignId } },
          { $group: { _id: { type: '$type', day: { $dateToString: { format: '%Y-%m-%d', date: '$at' } } }, count: { $sum: 1 } } },
        ])
        return groups.map((g) => ({ type: g._id.type, day: g._id.day, count: g.count }))
      }
      return events.db.all<{ type: string; day: string; count: number }>(sql`
        SELECT type, substr(at, 1, 10) AS day, count(*) AS count FROM campaign_events
        WHERE campaign_id = ${Number(campaignId)} GROUP BY type, day ORDER BY day`)
    },
  }
}
