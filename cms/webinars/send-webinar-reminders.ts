import type { Payload } from 'payload'

import type { Webinar } from '../payload-types'
import { forEachRegistration } from './for-each-registration'
import { newWebinarMailRound, queueWebinarMail } from './queue-webinar-mail'

export type ReminderWhen = '24h' | '1h'

/** How long before the start each reminder goes. */
export const reminderLeadMs: Record<ReminderWhen, number> = { '24h': 24 * 3_600_000, '1h': 3_600_000 }

/**
 * One reminder round (queued for its moment when the webinar was published or moved): every confirmed seat gets the
 * reminder with the join link. Nothing is sent when the round is stale — the webinar moved since (`start` differs:
 * the move queued a new round), was cancelled or ended, or has started. Returns how many were queued, or why none.
 */
export const sendWebinarReminders = async ({ payload, webinarId, when, start, now = new Date() }: { payload: Payload; webinarId: string | number; when: ReminderWhen; start: string; now?: Date }): Promise<number | 'stale' | 'started' | 'not-scheduled'> => {
  const webinar = (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, draft: false, overrideAccess: true })).docs[0] as Webinar | undefined
  if (!webinar || webinar._status !== 'published' || webinar.status !== 'scheduled') return 'not-scheduled'
  if (new Date(webinar.start).getTime() !== new Date(start).getTime()) return 'stale'
  if (now.getTime() >= new Date(webinar.start).getTime()) return 'started'
  // One read of the webinar per language and of the organisation for the whole round, not one per person.
  const round = newWebinarMailRound()
  return forEachRegistration({
    payload,
    webinar,
    statuses: ['confirmed'],
    each: ({ registration, contact }) => queueWebinarMail({ payload, kind: when === '24h' ? 'reminder-24h' : 'reminder-1h', webinar, registration, contact, round, now }),
  })
}
