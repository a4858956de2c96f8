import type { Payload } from 'payload'

import { deleteInBatches } from './delete-in-batches'

/**
 * The registrations of every webinar that started before the cut-off (the period counts from the webinar, not from
 * the sign-up: who attended matters for a while after it). The webinars themselves are content and stay; so do the
 * people's contacts and the consent ledger. Returns how many registrations went.
 */
export const deleteWebinarRegistrations = async ({ payload, startedBefore }: { payload: Payload; startedBefore: Date }): Promise<number> => {
  const webinars = await payload.find({
    collection: 'webinars',
    where: { start: { less_than: startedBefore.toISOString() } },
    pagination: false,
    limit: 0,
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: { sequence: true },
  })
  if (webinars.docs.length === 0) return 0
  return deleteInBatches({ payload, collection: 'webinar-registrations', where: { webinar: { in: webinars.docs.map((w) => w.id) } } })
}
