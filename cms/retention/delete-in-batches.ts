import type { CollectionSlug, Payload, RequestContext, Where } from 'payload'

export const retentionBatchSize = 500

/**
 * Deletes every document matching `where`, `batchSize` at a time (each batch its own operation, so a large backlog
 * never holds one long transaction or loads everything into memory). Through Payload's delete, so the collection's
 * hooks run and relations are unlinked as for any delete. A document that refuses to go stops the run loudly
 * instead of looping over it forever. Returns how many were deleted.
 */
export const deleteInBatches = async ({
  payload,
  collection,
  where,
  batchSize = retentionBatchSize,
  context,
}: {
  payload: Payload
  collection: CollectionSlug
  where: Where
  batchSize?: number
  context?: RequestContext
}): Promise<number> => {
  let deleted = 0
  for (;;) {
    const batch = await payload.find({ collection, where, limit: batchSize, depth: 0, pagination: false, sort: 'id', select: {}, overrideAccess: true })
    if (batch.docs.length === 0) return deleted
    const result = await payload.delete({ collection, where: { id: { in: batch.docs.map((d) => d.id) } }, depth: 0, overrideAccess: true, context })
    if (result.errors.length > 0) throw new Error(`${collection}: ${result.errors.length} expired documents could not be deleted (${result.errors[0]?.message ?? 'unknown error'})`)
    deleted += result.docs.length
    if (batch.docs.length < batchSize) return deleted
  }
}
