import type { Payload } from 'payload'

import type { Contact, Webinar } from '../payload-types'
import { queueWebinarMail } from './queue-webinar-mail'

/**
 * Mails every registrant a webinar change concerns: a new time or join link to confirmed seats (with the updated
 * invitation), a cancellation to everyone still registered (the calendar cancellation for confirmed seats). Each
 * mail's key carries the calendar sequence, so a retried job sends nothing twice and a later change sends again.
 * Returns how many mails were queued.
 */
export const notifyRegistrants = async ({ payload, webinarId, kind, changes }: { payload: Payload; webinarId: string | number; kind: 'updated' | 'cancelled'; changes?: ('time' | 'link')[] }): Promise<number> => {
  const webinar = (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, draft: false, overrideAccess: true })).docs[0] as Webinar | undefined
  if (!webinar) return 0
  const statuses = kind === 'updated' ? ['confirmed'] : ['confirmed', 'waitlisted']
  let queued = 0
  for (let page = 1; ; page++) {
    const batch = await payload.find({
      collection: 'webinar-registrations',
      where: { and: [{ webinar: { equals: webinar.id } }, { status: { in: statuses } }] },
      sort: 'id',
      page,
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    const contacts = await payload.find({ collection: 'contacts', where: { id: { in: batch.docs.map((r) => r.contact as number) } }, pagination: false, limit: 0, depth: 0, overrideAccess: true })
    const byId = new Map(contacts.docs.map((c) => [String(c.id), c as Contact]))
    for (const registration of batch.docs) {
      const contact = byId.get(String(registration.contact))
      if (!contact) continue
      await queueWebinarMail({ payload, kind, webinar, registration, contact, changes })
      queued++
    }
    if (!batch.hasNextPage) return queued
  }
}
