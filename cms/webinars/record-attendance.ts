import type { CollectionAfterChangeHook } from 'payload'

import { appendActivity } from '../contacts'
import { relationId } from '../database/relation-id'

/**
 * A registration marked as attended (by hand in the admin, or by the attendance import) becomes a
 * `webinar-attended` event on the person's timeline, once per registration, in the same transaction as the mark.
 */
export const recordAttendance: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const registration = doc as { key: string; contact: unknown; attended?: boolean | null; webinar: unknown }
  if (operation !== 'update' || !registration.attended || (previousDoc as { attended?: boolean | null } | undefined)?.attended) return doc
  const contact = relationId(registration.contact)
  if (contact === undefined) return doc
  await appendActivity({ payload: req.payload, contact, type: 'webinar-attended', key: `webinar-attended:${registration.key}`, detail: `webinar ${String(relationId(registration.webinar))}`, req })
  return doc
}
