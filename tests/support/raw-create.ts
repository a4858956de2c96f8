import type { CollectionSlug, Payload } from 'payload'

/** Stores a document beneath Payload's operations (no hooks, no access, no validation), on either adapter. */
export const rawCreate = async ({ payload, collection, data }: { payload: Payload; collection: CollectionSlug; data: Record<string, unknown> }) => {
  await payload.db.create({ collection, data, returning: false })
}
