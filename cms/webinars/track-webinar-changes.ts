import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { saveKindOf } from '../audit'
import { reminderLeadMs, type ReminderWhen } from './send-webinar-reminders'

type Calendar = {
  start?: string | null
  durationMinutes?: number | null
  joinUrl?: string | null
  replayUrl?: string | null
  status?: string | null
  sequence?: number | null
  _status?: string | null
}

const sameInstant = (a?: string | null, b?: string | null) => (!a && !b) || (a ? new Date(a).getTime() : NaN) === (b ? new Date(b).getTime() : NaN)

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

const queueReminders = async ({ id, start, req }: { id: string | number; start: string; req: PayloadRequest }) => {
  const startMs = new Date(start).getTime()
  for (const when of Object.keys(reminderLeadMs) as ReminderWhen[]) {
    const at = startMs - reminderLeadMs[when]
    // A round whose moment has passed is not sent late: a 24-hour reminder 3 hours before would say the wrong thing.
    if (at <= Date.now()) continue
    await req.payload.jobs.queue({ task: 'sendWebinarReminders', input: { webinar: String(id), when, start: new Date(start).toISOString() }, waitUntil: new Date(at), req })
  }
}

/**
 * The jobs a published change sets off, queued in the save's transaction (a failed save mails nobody); draft saves
 * set off nothing:
 * - a new time or join link: the update with a new invitation to confirmed seats; a cancellation: the cancellation
 *   to everyone registered;
 * - a first publication or a new time: reminder rounds 24 h and 1 h before the start (a round queued for an older
 *   start finds the webinar moved and sends nothing);
 * - a replay link set: the replay round, at the end of the webinar when that is still to come.
 */
export const scheduleWebinarJobs: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const after = doc as Calendar
  if (saveKindOf(req.context).draft || after._status !== 'published') return doc
  const before = (previousDoc ?? {}) as Calendar
  const wasPublished = before._status === 'published'
  const { changes, cancelled } = calendarChanges({ before, after })
  if (wasPublished && cancelled) await req.payload.jobs.queue({ task: 'notifyWebinarRegistrants', input: { webinar: String(doc.id), kind: 'cancelled' }, req })
  else if (wasPublished && changes.length > 0) await req.payload.jobs.queue({ task: 'notifyWebinarRegistrants', input: { webinar: String(doc.id), kind: 'updated', changes }, req })
  if (after.status === 'scheduled' && after.start && (!wasPublished || changes.includes('time'))) await queueReminders({ id: doc.id, start: after.start, req })
  if (after.replayUrl && after.replayUrl !== before.replayUrl && after.start) {
    const end = new Date(after.start).getTime() + (after.durationMinutes ?? 60) * 60_000
    await req.payload.jobs.queue({ task: 'sendWebinarReplays', input: { webinar: String(doc.id) }, ...(end > Date.now() ? { waitUntil: new Date(end) } : {}), req })
  }
  return doc
}
