import type { CollectionSlug, Payload, Where } from 'payload'

/** Deletes stored documents beneath Payload's operations (no hooks, no access), on either adapter. */
export const rawDelete = async ({ payload, collection, where }: { payload: Payload; collection: CollectionSlug; where: Where }) => {
  await payload.db.deleteMany({ collection, where })
}
