import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { readWebinarCancelToken } from '../links/webinar-cancel-token'
import type { Contact, Webinar } from '../payload-types'
import { promoteFromWaitlist } from './promote-from-waitlist'
import { queueWebinarMail } from './queue-webinar-mail'
import { seatKeyFor } from './take-seat'

export type CancelOutcome = 'cancelled' | 'already-cancelled' | 'invalid'

/**
 * A person gives their seat back (or leaves the waitlist) through the signed link in their mails: in one
 * transaction the registration is cancelled, the freed seat goes to the waitlist (promoted people are mailed), and
 * the person gets a short confirmation. A forged link is 'invalid'; a link used again changes nothing.
 */
export const cancelRegistration = async ({ payload, token, now = new Date() }: { payload: Payload; token: unknown; now?: Date }): Promise<{ outcome: CancelOutcome }> => {
  const read = readWebinarCancelToken({ secret: payload.secret, token, now })
  if (read.state !== 'valid') return { outcome: 'invalid' }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const registration = (await payload.find({ collection: 'webinar-registrations', where: { key: { equals: read.registrationKey } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
    if (!registration) {
      await commitTransaction(req)
      return { outcome: 'invalid' }
    }
    if (registration.status === 'cancelled') {
      await commitTransaction(req)
      return { outcome: 'already-cancelled' }
    }
    const webinarId = registration.webinar as number
    const contactId = registration.contact as number
    const cancelled = await payload.update({
      collection: 'webinar-registrations',
      id: registration.id,
      data: { status: 'cancelled', cancelledAt: now.toISOString(), seatKey: seatKeyFor({ webinarId, registrationKey: registration.key, seat: 'cancelled' }) },
      depth: 0,
      overrideAccess: true,
      req,
    })
    const webinar = (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, draft: false, overrideAccess: true, locale: registration.locale, req })).docs[0] as Webinar | undefined
    const contact = (await payload.find({ collection: 'contacts', where: { id: { equals: contactId } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0] as Contact | undefined
    if (webinar && contact) await queueWebinarMail({ payload, kind: 'registration-cancelled', webinar, registration: cancelled, contact, req, now })
    if (webinar && registration.status === 'confirmed') await promoteFromWaitlist({ payload, webinar, req, now })
    await commitTransaction(req)
    return { outcome: 'cancelled' }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
