import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { changedFields } from './changed-fields'
import { rememberSaveKind, saveKindOf } from './remember-save-kind'
import { writeAuditEntry, type AuditAction } from './write-audit-entry'

type Doc = Record<string, unknown> & { id: string | number; _status?: string; roles?: unknown; state?: unknown }

/**
 * Audit hooks for a collection: creates, changes, publishing, unpublishing, withdrawals, role changes and deletions. Entries
 * name the document by collection and id and list the changed field names, never their values.
 */
export const auditCollection = () => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
    const kind = saveKindOf(req.context)
    // Autosave writes a draft every few hundred milliseconds while someone types: the final save is what counts.
    if (kind.autosave) return doc
    const current = doc as Doc
    const before = previousDoc as Doc | undefined
    const changes = changedFields({ before: operation === 'create' ? undefined : before, after: current })
    let action: AuditAction = operation === 'create' ? 'create' : 'update'
    if (current._status === 'published' && !kind.draft) action = 'publish'
    if (operation === 'update' && !kind.draft && current._status === 'draft' && kind.liveStatusBefore === 'published') action = 'unpublish'
    if (collection.slug === 'users' && operation === 'update' && JSON.stringify(before?.roles ?? null) !== JSON.stringify(current.roles ?? null)) {
      action = 'role-change'
    }
    // Withdrawing a published policy version is a decision of its own, not an edit: it gets its own action.
    if (operation === 'update' && current.state === 'withdrawn' && before?.state !== 'withdrawn') action = 'withdraw'
    if (action === 'update' && changes.length === 0) return doc
    await writeAuditEntry({ req, action, entity: collection.slug, entityId: current.id, summary: `${collection.slug} #${current.id}`, changes })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
    const current = doc as Doc
    await writeAuditEntry({ req, action: 'delete', entity: collection.slug, entityId: current.id, summary: `${collection.slug} #${current.id}` })
    return doc
  }
  return { beforeOperation: [rememberSaveKind], afterChange: [afterChange], afterDelete: [afterDelete] }
}
