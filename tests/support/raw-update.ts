import type { CollectionSlug, Payload } from 'payload'

/**
 * Changes a stored document beneath Payload's operations (no hooks, no access), as someone with database access
 * would: through the adapter, so the same test tampers with SQLite and MongoDB alike.
 */
export const rawUpdate = async ({ payload, collection, id, data }: { payload: Payload; collection: CollectionSlug; id: string | number; data: Record<string, unknown> }) => {
  await payload.db.updateOne({ collection, id, data, returning: false })
}
