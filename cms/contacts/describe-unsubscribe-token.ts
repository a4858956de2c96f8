import type { Payload } from 'payload'

import { findContact } from './find-contact'
import { listsOfClaim } from './lists-of-claim'
import { loadLists } from './load-lists'
import { maskEmail } from './mask-email'
import { sameId } from '../database/same-id'
import { readUnsubscribeToken, testContactRef, type UnsubscribeList } from '../links/unsubscribe-token'

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
  if (claim.contactRef === testContactRef) return { state: 'test' }
  const contact = await findContact({ payload, ref: claim.contactRef })
  if (!contact) return { state: 'unsubscribed', list: claim.list, locale: 'nl' }
  const named = listsOfClaim({ list: claim.list, lists: await loadLists({ payload }) })
  const receiving =
    contact.status === 'active' &&
    (contact.subscriptions ?? []).some((sub) => sub.status !== 'unsubscribed' && named.some((l) => sameId(l.id, sub.list)))
  return { state: receiving ? 'subscribed' : 'unsubscribed', list: claim.list, locale: contact.locale, maskedEmail: maskEmail({ email: contact.email }) }
}
