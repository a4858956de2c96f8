import type { CollectionSlug, Payload } from 'payload'

/** Drizzle's SQLite database beneath Payload's adapter (statements built with `sql` from @payloadcms/db-sqlite). */
export type SqliteDb = { all: <T>(query: unknown) => Promise<T[]>; run: (query: unknown) => Promise<unknown> }

/** A collection's Mongoose model beneath Payload's adapter, reduced to the calls our raw statements make. */
export type MongoModel = {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<{ _id: unknown } | null>
  updateOne: (filter: object, update: object) => Promise<unknown>
  updateMany: (filter: object, update: object) => Promise<{ modifiedCount?: number }>
  aggregate: <T>(pipeline: object[]) => Promise<T[]>
}

export type RawStore = { kind: 'sqlite'; db: SqliteDb } | { kind: 'mongodb'; model: MongoModel }

/**
 * The database beneath Payload, for the few statements that must be atomic (leases) or aggregate, which Payload's
 * adapters do not expose: SQLite's drizzle database, or the collection's MongoDB model. The one place that knows
 * where each adapter keeps them; the statements themselves live with their domain (cms/jobs, cms/campaigns).
 */
export const rawStore = ({ payload, collection }: { payload: Payload; collection: CollectionSlug }): RawStore =>
  payload.db.name === 'mongoose'
    ? { kind: 'mongodb', model: (payload.db as unknown as { collections: Record<string, MongoModel> }).collections[collection] as MongoModel }
    : { kind: 'sqlite', db: (payload.db as unknown as { drizzle: SqliteDb }).drizzle }
