import { Forbidden, type CollectionBeforeChangeHook, type SanitizedConfig } from 'payload'

import { mayEditLockTarget } from './may-edit-lock-target'

const locksSlug = 'payload-locked-documents'

/**
 * A lock written through the API (REST, GraphQL, Local API with a user) must name something the caller may edit, and
 * is always the caller's own. The admin's form locking writes through the database adapter and never passes here;
 * system code without a user is trusted.
 */
const guardLock: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = req.user
  if (!user) return data
  const target = { document: data.document ?? originalDoc?.document, globalSlug: data.globalSlug ?? originalDoc?.globalSlug }
  if (!(await mayEditLockTarget({ req, target }))) throw new Forbidden(req.t)
  return { ...data, user: { relationTo: user.collection, value: user.id } }
}

/**
 * Payload builds its locked-documents collection itself (any signed-in user may create any lock) and offers no
 * override for it; the built config is amended instead, before Payload starts with it.
 */
export const guardDocumentLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find((c) => c.slug === locksSlug)
  if (locks) locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), guardLock]
  return config
}
