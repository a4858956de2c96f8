import type { Payload } from 'payload'
import { z } from 'zod'

import { retentionBatchSize } from './delete-in-batches'

const candidate = z.object({
  id: z.union([z.number(), z.string()]),
  confirmedAt: z.string().nullish(),
  subscriptions: z.array(z.object({ status: z.string().nullish() })).nullish(),
})

/**
 * Contacts who signed up before `before` and never confirmed anything: at least one list subscription, every one
 * still pending, no confirmation date, and no record in the consent ledger (a person with ledger records has given
 * or withdrawn consent somewhere, so they are kept). Contacts an admin added without lists are not sign-ups and are
 * kept too. Ids only, read page by page.
 */
export const findUnconfirmedContacts = async ({ payload, before }: { payload: Payload; before: Date }): Promise<Array<number | string>> => {
  const found: Array<number | string> = []
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection: 'contacts',
      where: { createdAt: { less_than: before.toISOString() } },
      select: { confirmedAt: true, subscriptions: true },
      sort: 'id',
      limit: retentionBatchSize,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const raw of result.docs) {
      const contact = candidate.parse(raw)
      const subscriptions = contact.subscriptions ?? []
      if (contact.confirmedAt || subscriptions.length === 0 || subscriptions.some((s) => s.status !== 'pending')) continue
      const ledger = await payload.count({ collection: 'consent-records', where: { contact: { equals: contact.id } }, overrideAccess: true })
      if (ledger.totalDocs === 0) found.push(contact.id)
    }
    if (!result.hasNextPage) return found
  }
}
