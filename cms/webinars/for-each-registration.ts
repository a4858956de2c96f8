import type { Payload } from 'payload'

import type { Contact, Webinar, WebinarRegistration } from '../payload-types'

/**
 * Calls `each` for every registration of a webinar in these statuses, with its contact, a hundred at a time (a
 * webinar can have thousands). Returns how many it called.
 */
export const forEachRegistration = async ({
  payload,
  webinar,
  statuses,
  each,
}: {
  payload: Payload
  webinar: Pick<Webinar, 'id'>
  statuses: WebinarRegistration['status'][]
  each: (args: { registration: WebinarRegistration; contact: Contact }) => Promise<unknown>
}): Promise<number> => {
  let called = 0
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
    const byId = new Map(contacts.docs.map((c) => [String(c.id), c]))
    for (const registration of batch.docs) {
      const contact = byId.get(String(registration.contact))
      if (!contact) continue
      await each({ registration, contact })
      called++
    }
    if (!batch.hasNextPage) return called
  }
}
