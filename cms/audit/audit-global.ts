import type { GlobalAfterChangeHook } from 'payload'

import { changedFields } from './changed-fields'
import { writeAuditEntry } from './write-audit-entry'

export const auditGlobal: GlobalAfterChangeHook = async ({ doc, previousDoc, req, global }) => {
  const changes = changedFields({ before: previousDoc as Record<string, unknown>, after: doc as Record<string, unknown> })
  if (changes.length > 0) await writeAuditEntry({ req, action: 'update', entity: global.slug, summary: global.slug, changes })
  return doc
}
