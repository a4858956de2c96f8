import type { CollectionSlug, PayloadRequest, Where } from 'payload'

type LockTarget = { document?: { relationTo?: unknown; value?: unknown } | null; globalSlug?: unknown }

/**
 * True when the caller may edit what a document lock names: the target collection's (or global's) own update
 * access decides, with its row filter (users: only their own account) applied to the locked id. A lock on something
 * the caller may not edit is refused: it would let them freeze other people's work (or probe for records).
 */
export const mayEditLockTarget = async ({ req, target }: { req: PayloadRequest; target: LockTarget }): Promise<boolean> => {
  const { payload } = req
  const slug = target.document?.relationTo
  if (typeof slug === 'string') {
    const collection = payload.config.collections.find((c) => c.slug === slug)
    const id = target.document?.value
    if (!collection || (typeof id !== 'string' && typeof id !== 'number')) return false
    const access = collection.access.update
    // Ids are numbers on SQLite and strings on MongoDB; the generated types know only the first.
    const result: boolean | Where = await access({ req, id: id as number })
    if (typeof result === 'boolean') return result
    const { totalDocs } = await payload.count({ collection: slug as CollectionSlug, where: { and: [{ id: { equals: id } }, result] }, overrideAccess: true, req })
    return totalDocs === 1
  }
  if (typeof target.globalSlug === 'string') {
    const global = payload.config.globals.find((g) => g.slug === target.globalSlug)
    if (!global) return false
    return (await global.access.update({ req })) === true
  }
  return false
}
