import type { Payload } from 'payload'

import type { Webinar } from '../payload-types'
import { forEachRegistration } from './for-each-registration'
import { newWebinarMailRound, queueWebinarMail } from './queue-webinar-mail'

/**
 * The replay round, once the webinar is over and its replay link is set: everyone who held a seat or waited for one
 * gets the link, in words for those who attended and for those who did not. Once per registration (its key), so a
 * retried job or a second link change sends nothing twice. Returns how many were queued, or why none.
 */
export const sendWebinarReplays = async ({ payload, webinarId, now = new Date() }: { payload: Payload; webinarId: string | number; now?: Date }): Promise<number | 'no-replay' | 'not-over'> => {
  const webinar = (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, draft: false, overrideAccess: true })).docs[0] as Webinar | undefined
  if (!webinar || webinar._status !== 'published' || !webinar.replayUrl || webinar.status === 'cancelled') return 'no-replay'
  if (now.getTime() < new Date(webinar.start).getTime() + webinar.durationMinutes * 60_000 && webinar.status !== 'ended') return 'not-over'
  // One read of the webinar per language and of the organisation for the whole round, not one per person.
  const round = newWebinarMailRound()
  return forEachRegistration({ payload, webinar, statuses: ['confirmed', 'waitlisted'], each: ({ registration, contact }) => queueWebinarMail({ payload, kind: 'replay', webinar, registration, contact, round, now }) })
}
