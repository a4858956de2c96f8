import type { Payload } from 'payload'

import { appendConsentRecord } from '../consent'
import { ledgerPolicy } from './ledger-policy'
import { listsOfClaim } from './lists-of-claim'
import { loadLists } from './load-lists'
import { recordCampaignEvent } from '../campaigns'
import { sameId } from '../database/same-id'
import { sha256 } from '../../config/sha256'
import { toDocumentId } from '../database/to-document-id'
import { readUnsubscribeToken, testSubscriberId } from '../links/unsubscribe-token'

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
 * withdrawal in the consent ledger (tied to the policy in force) and, for a campaign's link, in that campaign's
 * statistics. Idempotent: a second call answers 'already' and changes nothing.
 */
export const unsubscribeWithToken = async ({ payload, token, via }: { payload: Payload; token: string | null | undefined; via: keyof typeof wording }): Promise<{ outcome: UnsubscribeOutcome; locale?: string }> => {
  const claim = readUnsubscribeToken({ secret: payload.secret, token })
  if (!claim) return { outcome: 'invalid' }
  if (claim.subscriberId === testSubscriberId) return { outcome: 'test' }
  const id = toDocumentId({ payload, raw: claim.subscriberId })
  if (id === undefined) return { outcome: 'invalid' }
  const subscriber = (await payload.find({ collection: 'subscribers', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!subscriber) return { outcome: 'already' }
  const everything = claim.list === '*'
  const named = listsOfClaim({ list: claim.list, lists: await loadLists({ payload }) })
  const subscriptions = subscriber.subscriptions ?? []
  const leaving = subscriptions.filter((sub) => sub.status !== 'unsubscribed' && named.some((l) => sameId(l.id, sub.list)))
  if (subscriber.status !== 'active' || (leaving.length === 0 && !everything)) return { outcome: 'already', locale: subscriber.locale }

  const now = new Date().toISOString()
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      ...(everything ? { status: 'unsubscribed' as const } : {}),
      subscriptions: subscriptions.map((sub) => (leaving.includes(sub) ? { ...sub, status: 'unsubscribed' as const, changedAt: now } : sub)),
    },
    overrideAccess: true,
    depth: 0,
  })
  const refused = everything ? ['*', ...named.map((l) => l.key)] : named.filter((l) => leaving.some((sub) => sameId(sub.list, l.id))).map((l) => l.key)
  const policy = await ledgerPolicy({ payload, locale: subscriber.locale })
  if (policy) {
    await appendConsentRecord({
      payload,
      input: {
        subjectRef: `subscriber:${subscriber.id}`,
        source: 'newsletter',
        action: 'withdrawn',
        granted: [],
        refused,
        policy,
        wording: { id: `mail-unsubscribe:${via}`, hash: sha256({ text: wording[via] }) },
        locale: subscriber.locale,
        // Two clicks on the same state record one withdrawal.
        eventId: `mail-unsubscribe:${subscriber.id}:${subscriber.updatedAt}`,
      },
    })
  } else {
    payload.logger.warn('unsubscribe not recorded in the consent ledger: no policy version in force')
  }
  if (claim.campaign) await recordCampaignEvent({ payload, campaign: claim.campaign, type: 'unsubscribed', key: `unsubscribed:${claim.campaign}:${subscriber.id}` })
  return { outcome: 'unsubscribed', locale: subscriber.locale }
}
