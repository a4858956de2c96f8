import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { saveKindOf } from '../audit'

type Calendar = { start?: string | null; joinUrl?: string | null; status?: string | null; sequence?: number | null; _status?: string | null }

const sameInstant = (a?: string | null, b?: string | null) => (a ? new Date(a).getTime() : NaN) === (b ? new Date(b).getTime() : NaN) || (!a && !b)

/** What changed that a calendar must hear about. */
const calendarChanges = ({ before, after }: { before: Calendar; after: Calendar }) => ({
  changes: [...(sameInstant(before.start, after.start) ? [] : ['time' as const]), ...((before.joinUrl ?? '') !== (after.joinUrl ?? '') && before.joinUrl ? ['link' as const] : [])],
  cancelled: after.status === 'cancelled' && before.status !== 'cancelled',
})

/** Raises the calendar sequence on every change of time, join link or cancellation, so calendars replace the event. */
export const raiseSequence: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc) return data
  const before = originalDoc as Calendar
  const after = { ...before, ...(data as Calendar) }
  const { changes, cancelled } = calendarChanges({ before, after })
  return changes.length > 0 || cancelled ? { ...data, sequence: (before.sequence ?? 0) + 1 } : data
}

/**
 * After a published change of time or join link, confirmed registrants get the update with a new invitation; after a
 * cancellation, everyone registered gets the cancellation. Queued in the save's transaction (a failed save mails
 * nobody); the job does the mailing. Draft saves tell nobody anything.
 */
export const notifyOnPublishedChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || saveKindOf(req.context).draft || (doc as Calendar)._status !== 'published' || (previousDoc as Calendar)?._status !== 'published') return doc
  const { changes, cancelled } = calendarChanges({ before: previousDoc as Calendar, after: doc as Calendar })
  if (cancelled) await req.payload.jobs.queue({ task: 'notifyWebinarRegistrants', input: { webinar: String(doc.id), kind: 'cancelled' }, req })
  else if (changes.length > 0) await req.payload.jobs.queue({ task: 'notifyWebinarRegistrants', input: { webinar: String(doc.id), kind: 'updated', changes }, req })
  return doc
}
