import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { attributableCampaign } from '../campaigns'
import { appendActivity, ensureContact } from '../contacts'
import { isUniqueViolation } from '../database/is-unique-violation'
import type { Webinar, WebinarRegistration } from '../payload-types'
import { queueWebinarMail } from './queue-webinar-mail'
import type { RegistrationRequest } from './registration-form'
import { registrationDeadline } from './registration-deadline'
import { registrationKey } from './registration-key'
import { seatKeyFor, takeSeat } from './take-seat'

/**
 * What happened, for tests, metrics and the page: confirmed and waitlisted name the seat the person got now;
 * 'already-registered' means a registration was there (the page answers exactly as for a new one, so nobody learns
 * whether an address was registered); the rest close the form with a message.
 */
export type RegistrationOutcome = 'confirmed' | 'waitlisted' | 'already-registered' | 'closed' | 'cancelled-webinar' | 'not-found'

/** Attempts when MongoDB's unique seat index refuses a seat another instance took at the same moment. */
const maxAttempts = 8

/**
 * A registration from the site's form (validated and bot-checked): the person's contact (found or created), then in
 * one transaction the seat (confirmed while seats are free, else the waitlist), the mail (confirmation with the
 * calendar invitation, or the waitlist notice) and the `webinar-registered` activity on their timeline. One
 * registration per person and webinar: a second submit changes nothing and mails nothing. A person who cancelled
 * and registers again gets a new seat if one is free. Closed after the deadline, once ended, or when cancelled.
 */
export const registerForWebinar = async ({
  payload,
  webinarId,
  request,
  now = new Date(),
}: {
  payload: Payload
  webinarId: string | number
  request: RegistrationRequest
  now?: Date
}): Promise<{ outcome: RegistrationOutcome; registration?: WebinarRegistration }> => {
  // Only what registration needs: the whole document joins every block and translation table (6 ms a read on SQLite).
  const webinar = (
    await payload.find({
      collection: 'webinars',
      where: { id: { equals: webinarId } },
      limit: 1,
      depth: 0,
      draft: false,
      overrideAccess: true,
      locale: request.locale,
      select: { slug: true, start: true, durationMinutes: true, registrationDeadline: true, capacity: true, status: true, _status: true },
    })
  ).docs[0] as Webinar | undefined
  if (!webinar || webinar._status !== 'published') return { outcome: 'not-found' }
  if (webinar.status === 'cancelled') return { outcome: 'cancelled-webinar' }
  if (webinar.status === 'ended' || now.getTime() >= registrationDeadline({ webinar }).getTime()) return { outcome: 'closed' }

  const { contact } = await ensureContact({ payload, email: request.email, name: request.name, locale: request.locale, profession: request.profession, source: 'webinar' })
  const key = registrationKey({ webinarId: webinar.id, contactRef: contact.ref ?? String(contact.id) })
  // A campaign counts only when it was really sent, within its attribution window (a forged or stale mp_c counts nothing).
  const campaignId = await attributableCampaign({ payload, param: request.campaign, now })
  const campaignExists = campaignId !== undefined

  for (let attempt = 1; ; attempt++) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      const existing = (await payload.find({ collection: 'webinar-registrations', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
      if (existing && existing.status !== 'cancelled') {
        await commitTransaction(req)
        return { outcome: 'already-registered', registration: existing }
      }
      const seat = await takeSeat({ payload, webinar, req })
      const status = seat === undefined ? 'waitlisted' : 'confirmed'
      const data = {
        webinar: webinar.id,
        contact: contact.id,
        status,
        attended: false,
        locale: request.locale,
        profession: request.profession,
        answers: request.answers,
        key,
        seatKey: seatKeyFor({ webinarId: webinar.id, registrationKey: key, seat: seat ?? 'waiting' }),
        registeredAt: now.toISOString(),
        promotedAt: null,
        cancelledAt: null,
        ...(campaignExists ? { campaign: campaignId as number } : {}),
      } as const
      const registration = existing
        ? await payload.update({ collection: 'webinar-registrations', id: existing.id, data, depth: 0, overrideAccess: true, req })
        : await payload.create({ collection: 'webinar-registrations', data, depth: 0, overrideAccess: true, req })
      // The place in line, counted in the transaction that took it (this registration included).
      const position =
        status === 'waitlisted'
          ? (await payload.count({ collection: 'webinar-registrations', where: { and: [{ webinar: { equals: webinar.id } }, { status: { equals: 'waitlisted' } }] }, overrideAccess: true, req })).totalDocs
          : undefined
      await queueWebinarMail({ payload, kind: status === 'confirmed' ? 'registered' : 'waitlisted', webinar, registration, contact, position, req, now })
      await appendActivity({
        payload,
        contact: contact.id,
        type: 'webinar-registered',
        key: `webinar-registered:${key}:${now.getTime()}`,
        at: now,
        campaign: campaignExists ? campaignId : undefined,
        detail: `${webinar.slug ?? webinar.id} (${status})`,
        req,
      })
      await commitTransaction(req)
      return { outcome: status, registration }
    } catch (error) {
      await killTransaction(req)
      if (!isUniqueViolation(error) || attempt >= maxAttempts) throw error
    }
  }
}
