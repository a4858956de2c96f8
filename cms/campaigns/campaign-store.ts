import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type SqliteDb = { all: <T>(query: unknown) => Promise<T[]>; run: (query: unknown) => Promise<unknown> }
type MongoModel = {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<{ _id: unknown } | null>
  updateOne: (filter: object, update: object) => Promise<unknown>
  aggregate: (pipeline: object[]) => Promise<{ _id: { type: string; day: string }; count: number }[]>
}
type Store = { kind: 'mongodb'; sends: MongoModel; events: MongoModel } | { kind: 'sqlite'; db: SqliteDb }

const storeOf = ({ payload }: { payload: Payload }): Store => {
  if (payload.db.name === 'mongoose') {
    const collections = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections
    return { kind: 'mongodb', sends: collections['campaign-sends'] as MongoModel, events: collections['campaign-events'] as MongoModel }
  }
  return { kind: 'sqlite', db: (payload.db as unknown as { drizzle: SqliteDb }).drizzle }
}

/**
 * The few campaign statements that must be atomic or aggregate, which Payload's adapters do not expose: the sending
 * lease (one worker per campaign, taken over when it expires) and the per-day event counts behind the statistics.
 */
export const campaignStore = ({ payload }: { payload: Payload }) => {
  const store = storeOf({ payload })
  return {
    /** True when this owner now holds the lease of the send (it was free, expired, or already ours). */
    acquireLease: async ({ sendId, owner, leaseMs, now = new Date() }: { sendId: string | number; owner: string; leaseMs: number; now?: Date }): Promise<boolean> => {
      const until = new Date(now.getTime() + leaseMs)
      if (store.kind === 'mongodb') {
        const doc = await store.sends.findOneAndUpdate(
          { _id: sendId, $or: [{ leaseOwner: null }, { leaseOwner: owner }, { leaseUntil: { $lt: now } }] },
          { $set: { leaseOwner: owner, leaseUntil: until } },
          { new: true },
        )
        return doc !== null
      }
      const rows = await store.db.all<{ id: number }>(sql`
        UPDATE campaign_sends SET lease_owner = ${owner}, lease_until = ${until.toISOString()}
        WHERE id = ${Number(sendId)} AND (lease_owner IS NULL OR lease_owner = ${owner} OR lease_until < ${now.toISOString()})
        RETURNING id`)
      return rows.length === 1
    },
    releaseLease: async ({ sendId, owner }: { sendId: string | number; owner: string }): Promise<void> => {
      if (store.kind === 'mongodb') {
        await store.sends.updateOne({ _id: sendId, leaseOwner: owner }, { $set: { leaseOwner: null, leaseUntil: null } })
        return
      }
      await store.db.run(sql`UPDATE campaign_sends SET lease_owner = NULL, lease_until = NULL WHERE id = ${Number(sendId)} AND lease_owner = ${owner}`)
    },
    /** Events of one campaign counted per type and UTC day. */
    countEventsByDay: async ({ campaignId }: { campaignId: string | number }): Promise<{ type: string; day: string; count: number }[]> => {
      if (store.kind === 'mongodb') {
        const groups = await store.events.aggregate([
          { $match: { campaign: campaignId } },
          { $group: { _id: { type: '$type', day: { $dateToString: { format: '%Y-%m-%d', date: '$at' } } }, count: { $sum: 1 } } },
        ])
        return groups.map((g) => ({ type: g._id.type, day: g._id.day, count: g.count }))
      }
      return store.db.all<{ type: string; day: string; count: number }>(sql`
        SELECT type, substr(at, 1, 10) AS day, count(*) AS count FROM campaign_events
        WHERE campaign_id = ${Number(campaignId)} GROUP BY type, day ORDER BY day`)
    },
  }
}
