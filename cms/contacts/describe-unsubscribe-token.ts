import type { Payload } from 'payload'

import { listsOfClaim } from './lists-of-claim'
import { loadLists } from './load-lists'
import { maskEmail } from './mask-email'
import { sameId } from '../database/same-id'
import { toDocumentId } from '../database/to-document-id'
import { readUnsubscribeToken, testSubscriberId, type UnsubscribeList } from '../links/unsubscribe-token'

export type UnsubscribeTokenState =
  | { state: 'invalid' }
  | { state: 'test' }
  | { state: 'subscribed' | 'unsubscribed'; list: UnsubscribeList; locale: string; maskedEmail?: string }

/**
 * For the site's /{lang}/unsubscribe page (GET): what a token stands for, without changing anything. An erased
 * person reads as unsubscribed.
 */
export const describeUnsubscribeToken = async ({ payload, token }: { payload: Payload; token: string | null | undefined }): Promise<UnsubscribeTokenState> => {
  const claim = readUnsubscribeToken({ secret: payload.secret, token })
  if (!claim) return { state: 'invalid' }
  if (claim.subscriberId === testSubscriberId) return { state: 'test' }
  const id = toDocumentId({ payload, raw: claim.subscriberId })
  if (id === undefined) return { state: 'invalid' }
  const contact = (
    await payload.find({ collection: 'contacts', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true, select: { email: true, status: true, locale: true, subscriptions: true } })
  ).docs[0]
  if (!contact) return { state: 'unsubscribed', list: claim.list, locale: 'nl' }
  const named = listsOfClaim({ list: claim.list, lists: await loadLists({ payload }) })
  const receiving =
    contact.status === 'active' &&
    (contact.subscriptions ?? []).some((sub) => sub.status !== 'unsubscribed' && named.some((l) => sameId(l.id, sub.list)))
  return { state: receiving ? 'subscribed' : 'unsubscribed', list: claim.list, locale: contact.locale, maskedEmail: maskEmail({ email: contact.email }) }
}
