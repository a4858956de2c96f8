import type { Payload } from 'payload'

type SqliteDb = { all: <T>(query: unknown) => Promise<T[]>; run: (query: unknown) => Promise<unknown> }
type MongoModel = {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<{ _id: unknown } | null>
  updateMany: (filter: object, update: object) => Promise<{ modifiedCount?: number }>
}

export type JobsStore = { kind: 'mongodb'; model: MongoModel } | { kind: 'sqlite'; db: SqliteDb }

/**
 * The jobs table beneath Payload, for the few statements that must be atomic (leases): Payload's adapters do not
 * expose them, so the runner speaks to the database directly — here, in one place, for both adapters.
 */
export const jobsStore = ({ payload }: { payload: Payload }): JobsStore =>
  payload.db.name === 'mongoose'
    ? { kind: 'mongodb', model: (payload.db as unknown as { collections: Record<string, MongoModel> }).collections['payload-jobs'] as MongoModel }
    : { kind: 'sqlite', db: (payload.db as unknown as { drizzle: SqliteDb }).drizzle }
