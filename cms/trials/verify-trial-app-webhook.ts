import type { Payload } from 'payload'

import { trialAppEvent, type TrialAppEvent } from '../../integrations/trial-app/trial-app-event'
import { isTrialSignatureError, type TrialSignatureProblem } from '../../integrations/trial-app/trial-signature-error'
import { verifyTrialMessage } from '../../integrations/trial-app/verify-trial-message'
import { claimOnce, releaseClaim } from '../database/claim-once'

export type TrialAppWebhookCheck =
  /** `release`: give the id back when applying the event failed, so the application's retry is applied. */
  | { outcome: 'accepted'; id: string; event: TrialAppEvent; release: () => Promise<void> }
  /** Signed correctly but its id was seen before, by any instance: acknowledge it (the app then stops), do nothing. */
  | { outcome: 'replayed' }
  /** Answer 401 (a signature problem) or 400 (a signed body that is not an event); log `problem`, never the body. */
  | { outcome: 'refused'; problem: Exclude<TrialSignatureProblem, 'replayed'> | 'invalid-event' }

/**
 * Our side of the application's conversion/expiry/cancellation webhooks: the Standard Webhooks signature with
 * TRIAL_WEBHOOK_SECRET, the 5-minute window, and the message id claimed once across every instance and restart
 * (claimOnce, kept for twice the window, after which the timestamp alone refuses it). Then the event's shape (zod).
 *
 * The claim is spent before the event is applied; an endpoint that fails while applying it calls `release`, so the
 * application's retry of that message is applied rather than taken for a replay.
 */
export const verifyTrialAppWebhook = async ({ payload, secret, body, headers }: { payload: Payload; secret: string; body: string; headers: Headers }): Promise<TrialAppWebhookCheck> => {
  let verified
  let claimTtl = 0
  try {
    verified = await verifyTrialMessage({
      secret,
      body,
      headers,
      claimMessageId: ({ id, ttlSeconds }) => {
        claimTtl = ttlSeconds
        return claimOnce({ payload, scope: 'trial-app-webhook', key: id, ttlSeconds })
      },
    })
  } catch (error) {
    if (!isTrialSignatureError(error)) throw error
    return error.problem === 'replayed' ? { outcome: 'replayed' } : { outcome: 'refused', problem: error.problem }
  }
  const { id } = verified
  const release = () => releaseClaim({ payload, scope: 'trial-app-webhook', key: id, ttlSeconds: claimTtl })
  const event = trialAppEvent.safeParse(verified.payload)
  if (!event.success) {
    // Refused for its shape: a corrected resend under the same id must not be taken for a replay.
    await release()
    return { outcome: 'refused', problem: 'invalid-event' }
  }
  return { outcome: 'accepted', id, event: event.data, release }
}
