import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { isAdminUser } from '../access/is-admin-user'

type StateDoc = { state?: 'draft' | 'published' | 'withdrawn'; effectiveDate?: string }

const refuse = (message: string, status = 400): never => {
  throw new APIError(message, status, undefined, true)
}

/**
 * A published version is a legal record: no API (REST, GraphQL, Local API, admin) may change it, whatever the access.
 * One change is allowed: an admin may withdraw it while it has not taken effect (a version dated too far ahead, or a
 * mistake caught in time). Withdrawing changes the state and its date, nothing else; a withdrawn version stays as a
 * record and can never change again. Marketers may not withdraw, even with access overridden: it is a decision an
 * admin answers for in the audit trail.
 */
export const guardPolicyState: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const before = originalDoc as StateDoc | undefined
  const wanted = (data as StateDoc).state
  if (operation === 'update' && before?.state === 'withdrawn') refuse('A withdrawn policy version cannot be changed. Create a new version instead.', 403)
  if (wanted === 'withdrawn' && before?.state !== 'published' && before?.state !== 'withdrawn') {
    refuse('Only a published policy version can be withdrawn: delete a draft instead.')
  }
  if (operation !== 'update' || before?.state !== 'published') return data
  if (wanted !== 'withdrawn') refuse('A published policy version cannot be changed. Create a new version instead.', 403)
  if (!isAdminUser({ user: req.user })) refuse('Only admins may withdraw a published policy version.', 403)
  const now = new Date()
  if (!before.effectiveDate || new Date(before.effectiveDate) <= now) {
    refuse(`This version took effect on ${before.effectiveDate?.slice(0, 10)}: a version in force cannot be withdrawn. Publish a new version instead.`, 403)
  }
  // Everything else is written back as stored (originalDoc is read without language fallback), whatever was sent
  // along: withdrawing is never a way to edit the record.
  const stored = Object.fromEntries(Object.entries(originalDoc as Record<string, unknown>).filter(([key]) => !['id', 'createdAt', 'updatedAt'].includes(key)))
  return { ...stored, state: 'withdrawn', withdrawnAt: now.toISOString() }
}

/** Published and withdrawn versions are records: neither may be deleted. */
export const refuseRecordDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = (await req.payload.findByID({ collection: 'policy-versions', id, depth: 0, overrideAccess: true, req })) as StateDoc
  if (doc.state === 'published') refuse('A published policy version cannot be deleted.', 403)
  if (doc.state === 'withdrawn') refuse('A withdrawn policy version cannot be deleted: it is kept as a record.', 403)
}
