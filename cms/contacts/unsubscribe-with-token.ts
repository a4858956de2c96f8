import type { Payload } from 'payload'

import { findContact } from './find-contact'
import { appendActivity } from './append-activity'
import { ledgerPolicy } from './ledger-policy'
import { listsOfClaim } from './lists-of-claim'
import { loadLists } from './load-lists'
import { recordContactConsent } from './record-contact-consent'
import { sameId } from '../database/same-id'
import { sha256 } from '../../config/sha256'
import { readUnsubscribeToken, testContactRef } from '../links/unsubscribe-token'

export type UnsubscribeOutcome =
  /** Done now. */
  | 'unsubscribed'
  /** Nothing to do: already unsubscribed, bounced, complained, or the person is gone (erased). */
  | 'already'
  /** The link of a test mail: it unsubscribes nobody. */
  | 'test'
  /** Forged, altered or malformed. */
  | 'invalid'

/** What the person is shown or sent when withdrawing: the ledger stores its hash as the wording. */
const wording = {
  'one-click': 'List-Unsubscribe=One-Click',
  page: 'unsubscribe page: confirm button',
  mailto: 'List-Unsubscribe mailto',
} as const

/**
 * Unsubscribes the person a token names from the lists it names ('*': from everything), at once, and records the
 * withdrawal in the consent ledger (tied to the policy in force) and on the contact's timeline (an `unsubscribed`
 * activity naming the campaign whose link it was: campaigns count it through their hook). Idempotent: a second call answers 'already' and changes nothing.
 */
export const unsubscribeWithToken = async ({ payload, token, via }: { payload: Payload; token: string | null | undefined; via: keyof typeof wording }): Promise<{ outcome: UnsubscribeOutcome; locale?: string }> => {
  const claim = readUnsubscribeToken({ secret: payload.secret, token })
  if (!claim) return { outcome: 'invalid' }
  if (claim.contactRef === testContactRef) return { outcome: 'test' }
  const contact = await findContact({ payload, ref: claim.contactRef })
  if (!contact) return { outcome: 'already' }
  const everything = claim.list === '*'
  const named = listsOfClaim({ list: claim.list, lists: await loadLists({ payload }) })
  const subscriptions = contact.subscriptions ?? []
  const leaving = subscriptions.filter((sub) => sub.status !== 'unsubscribed' && named.some((l) => sameId(l.id, sub.list)))
  if (contact.status !== 'active' || (leaving.length === 0 && !everything)) return { outcome: 'already', locale: contact.locale }

  const now = new Date().toISOString()
  await payload.update({
    collection: 'contacts',
    id: contact.id,
    data: {
      ...(everything ? { status: 'unsubscribed' as const } : {}),
      subscriptions: subscriptions.map((sub) => (leaving.includes(sub) ? { ...sub, status: 'unsubscribed' as const, changedAt: now } : sub)),
    },
    overrideAccess: true,
    depth: 0,
  })
  const refused = everything ? ['*', ...named.map((l) => l.key)] : named.filter((l) => leaving.some((sub) => sameId(sub.list, l.id))).map((l) => l.key)
  // Two clicks on the same state record one withdrawal.
  const eventId = `mail-unsubscribe:${contact.id}:${contact.updatedAt}`
  const policy = await ledgerPolicy({ payload, locale: contact.locale })
  if (policy) {
    await recordContactConsent({
      payload,
      contact,
      input: {
        source: 'newsletter',
        action: 'withdrawn',
        granted: [],
        refused,
        policy,
        wording: { id: `mail-unsubscribe:${via}`, hash: sha256({ text: wording[via] }) },
        locale: contact.locale,
        eventId,
      },
    })
  } else {
    payload.logger.warn('unsubscribe not recorded in the consent ledger: no policy version in force')
  }
  await appendActivity({ payload, contact: contact.id, type: 'unsubscribed', key: `unsubscribed:${eventId}`, campaign: claim.campaign, lists: refused, detail: `via ${via}` })
  return { outcome: 'unsubscribed', locale: contact.locale }
}
