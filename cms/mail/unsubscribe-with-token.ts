import type { Payload } from 'payload'

import { appendConsentRecord } from '../consent/append-consent-record'
import { currentPolicyVersion } from '../policy/current-policy-version'
import { sha256 } from '../policy/sha256'
import { toDocumentId } from './to-document-id'
import { readUnsubscribeToken, testSubscriberId } from './unsubscribe-token'

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

const notReceiving = new Set(['unsubscribed', 'bounced', 'complained'])

/**
 * Unsubscribes the person a token names, at once, and records the withdrawal in the consent ledger (tied to the
 * policy in force). Idempotent: a second call answers 'already' and changes nothing.
 */
export const unsubscribeWithToken = async ({ payload, token, via }: { payload: Payload; token: string | null | undefined; via: keyof typeof wording }): Promise<{ outcome: UnsubscribeOutcome; locale?: string }> => {
  const claim = readUnsubscribeToken({ secret: payload.secret, token })
  if (!claim) return { outcome: 'invalid' }
  if (claim.subscriberId === testSubscriberId) return { outcome: 'test' }
  const id = toDocumentId({ payload, raw: claim.subscriberId })
  if (id === undefined) return { outcome: 'invalid' }
  const subscriber = (await payload.find({ collection: 'subscribers', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!subscriber) return { outcome: 'already' }
  if (notReceiving.has(subscriber.status)) return { outcome: 'already', locale: subscriber.locale }

  await payload.update({ collection: 'subscribers', id: subscriber.id, data: { status: 'unsubscribed' }, overrideAccess: true, depth: 0 })
  const policy = await currentPolicyVersion({ payload })
  if (policy) {
    await appendConsentRecord({
      payload,
      input: {
        subjectRef: `subscriber:${subscriber.id}`,
        source: 'newsletter',
        action: 'withdrawn',
        granted: [],
        refused: [claim.list],
        policy: { id: policy.id, hash: policy.hashes[subscriber.locale as 'nl'] ?? policy.hashes.nl ?? '' },
        wording: { id: `mail-unsubscribe:${via}`, hash: sha256({ text: wording[via] }) },
        locale: subscriber.locale,
        // Two clicks on the same state record one withdrawal.
        eventId: `mail-unsubscribe:${subscriber.id}:${subscriber.updatedAt}`,
      },
    })
  } else {
    payload.logger.warn('unsubscribe not recorded in the consent ledger: no policy version in force')
  }
  return { outcome: 'unsubscribed', locale: subscriber.locale }
}
