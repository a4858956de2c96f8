import type { Payload } from 'payload'

import { listsOfClaim } from '../newsletter/lists-of-claim'
import { loadLists } from '../newsletter/load-lists'
import { sameId } from '../newsletter/same-id'
import { toDocumentId } from './to-document-id'
import { readUnsubscribeToken, testSubscriberId, type UnsubscribeList } from './unsubscribe-token'

export type UnsubscribeTokenState =
  | { state: 'invalid' }
  | { state: 'test' }
  | { state: 'subscribed' | 'unsubscribed'; list: UnsubscribeList; locale: string; maskedEmail?: string }

/** "an@example.com" → "a•@example.com": enough for a person to recognise the address, too little to learn it. */
const mask = (email: string) => {
  const at = email.lastIndexOf('@')
  return at <= 0 ? undefined : `${email[0]}${'•'.repeat(Math.min(6, Math.max(1, at - 1)))}${email.slice(at)}`
}

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
  const subscriber = (
    await payload.find({ collection: 'subscribers', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true, select: { email: true, status: true, locale: true, subscriptions: true } })
  ).docs[0]
  if (!subscriber) return { state: 'unsubscribed', list: claim.list, locale: 'nl' }
  const named = listsOfClaim({ list: claim.list, lists: await loadLists({ payload }) })
  const receiving =
    subscriber.status === 'active' &&
    (subscriber.subscriptions ?? []).some((sub) => sub.status !== 'unsubscribed' && named.some((l) => sameId(l.id, sub.list)))
  return { state: receiving ? 'subscribed' : 'unsubscribed', list: claim.list, locale: subscriber.locale, maskedEmail: mask(subscriber.email) }
}
