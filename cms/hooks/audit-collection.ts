import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { changedFields } from './changed-fields'
import { writeAuditEntry, type AuditAction } from './write-audit-entry'

type Doc = Record<string, unknown> & { id: string | number; _status?: string; roles?: unknown }

const titleOf = (doc: Doc, useAsTitle?: string) => String((useAsTitle && doc[useAsTitle]) ?? doc.title ?? doc.id)

/** Audit hooks for a collection: creates, changes, publishing, unpublishing, role changes and deletions. */
export const auditCollection = ({ useAsTitle }: { useAsTitle?: string } = {}) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
    // Autosave writes a draft every few hundred milliseconds while someone types: the final save is what counts.
    if (req.query?.autosave === 'true') return doc
    const current = doc as Doc
    const before = previousDoc as Doc | undefined
    const changes = changedFields({ before: operation === 'create' ? undefined : before, after: current })
    let action: AuditAction = operation === 'create' ? 'create' : 'update'
    if (current._status === 'published' && (operation === 'create' || before?._status !== 'published' || changes.length > 0)) action = 'publish'
    if (operation === 'update' && before?._status === 'published' && current._status === 'draft' && req.query?.draft !== 'true') action = 'unpublish'
    if (collection.slug === 'users' && JSON.stringify(before?.roles ?? null) !== JSON.stringify(current.roles ?? null) && operation === 'update') {
      action = 'role-change'
    }
    if (operation === 'update' && changes.length === 0 && action === 'update') return doc
    await writeAuditEntry({ req, action, entity: collection.slug, entityId: current.id, summary: titleOf(current, useAsTitle), changes })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
    const current = doc as Doc
    await writeAuditEntry({ req, action: 'delete', entity: collection.slug, entityId: current.id, summary: titleOf(current, useAsTitle) })
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}
