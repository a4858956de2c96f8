import type { Payload } from 'payload'

import type { Webinar } from '../payload-types'
import { forEachRegistration } from './for-each-registration'
import { newWebinarMailRound, queueWebinarMail } from './queue-webinar-mail'

/**
 * Mails every registrant a webinar change concerns: a new time or join link to confirmed seats (with the updated
 * invitation), a cancellation to everyone still registered (the calendar cancellation for confirmed seats). Each
 * mail's key carries the calendar sequence, so a retried job sends nothing twice and a later change sends again.
 * Returns how many mails were queued.
 */
export const notifyRegistrants = async ({ payload, webinarId, kind, changes }: { payload: Payload; webinarId: string | number; kind: 'updated' | 'cancelled'; changes?: ('time' | 'link')[] }): Promise<number> => {
  const webinar = (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, draft: false, overrideAccess: true })).docs[0] as Webinar | undefined
  if (!webinar) return 0
  // One read of the webinar per language and of the organisation for the whole round, not one per person.
  const round = newWebinarMailRound()
  return forEachRegistration({
    payload,
    webinar,
    statuses: kind === 'updated' ? ['confirmed'] : ['confirmed', 'waitlisted'],
    each: ({ registration, contact }) => queueWebinarMail({ payload, kind, webinar, registration, contact, changes, round }),
  })
}
