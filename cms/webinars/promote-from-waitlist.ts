import type { Payload, PayloadRequest } from 'payload'

import type { Contact, Webinar } from '../payload-types'
import { queueWebinarMail } from './queue-webinar-mail'
import { seatKeyFor, takeSeat } from './take-seat'

/**
 * Gives free seats to the waitlist, longest waiting first, inside the caller's transaction: each promoted person
 * gets the "you have a seat" mail with the calendar invitation. Nobody is promoted once the webinar started, was
 * cancelled or ended (a seat then is worth nothing). Returns how many were promoted.
 */
export const promoteFromWaitlist = async ({ payload, webinar, req, now = new Date() }: { payload: Payload; webinar: Webinar; req: PayloadRequest; now?: Date }): Promise<number> => {
  if (webinar.status !== 'scheduled' || new Date(webinar.start).getTime() <= now.getTime()) return 0
  let promoted = 0
  for (;;) {
    const next = (
      await payload.find({
        collection: 'webinar-registrations',
        where: { and: [{ webinar: { equals: webinar.id } }, { status: { equals: 'waitlisted' } }] },
        sort: 'registeredAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs[0]
    if (!next) return promoted
    const seat = await takeSeat({ payload, webinar, req })
    if (seat === undefined) return promoted
    const registration = await payload.update({
      collection: 'webinar-registrations',
      id: next.id,
      data: { status: 'confirmed', seatKey: seatKeyFor({ webinarId: webinar.id, registrationKey: next.key, seat }), promotedAt: now.toISOString() },
      depth: 0,
      overrideAccess: true,
      req,
    })
    const contact = (await payload.find({ collection: 'contacts', where: { id: { equals: next.contact as number } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0] as Contact | undefined
    if (contact) await queueWebinarMail({ payload, kind: 'promoted', webinar, registration, contact, req, now })
    promoted++
  }
}
