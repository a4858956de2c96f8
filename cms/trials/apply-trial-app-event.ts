import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { TrialAppEvent } from '../../integrations/trial-app/trial-app-event'
import { appendActivity } from '../contacts'
import type { Trial } from '../payload-types'

export type ApplyTrialEventOutcome = 'applied' | 'unchanged' | 'unknown-trial'

const targetStatus = { 'trial.converted': 'converted', 'trial.expired': 'expired', 'trial.cancelled': 'cancelled' } as const

/**
 * May `event` move a trial in `from`? Conversion is final and wins from any running or ended state (people pay after
 * their trial ran out); expiry and cancellation end a running trial only. An event that repeats the current state,
 * or comes late (a cancellation after a conversion), changes nothing.
 */
const allowed = ({ from, to }: { from: Trial['status']; to: Trial['status'] }): boolean => {
  if (from === to || from === 'converted') return false
  if (to === 'converted') return from === 'active' || from === 'expired' || from === 'cancelled'
  return from === 'active'
}

/**
 * The application's signed report about a trial, applied in one transaction: the status and its date, the event on
 * the contact's timeline (which counts a conversion for the campaign that brought the signup), and for an expiry its
 * "trial ended" mail. The trial is named by our idempotency key and must carry the account id the application gave
 * us, so an event for someone else's account never lands here. Applying the same event twice changes nothing.
 */
export const applyTrialAppEvent = async ({ payload, event, now = new Date() }: { payload: Payload; event: TrialAppEvent; now?: Date }): Promise<ApplyTrialEventOutcome> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const outcome = await (async (): Promise<ApplyTrialEventOutcome> => {
      const trial = (await payload.find({ collection: 'trials', where: { idempotencyKey: { equals: event.data.idempotencyKey } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
      if (!trial || (trial.accountId && trial.accountId !== event.data.accountId)) return 'unknown-trial'
      const to = targetStatus[event.type]
      if (!allowed({ from: trial.status, to })) return 'unchanged'
      const at = new Date(event.occurredAt)
      const when = Number.isNaN(at.getTime()) || at.getTime() > now.getTime() ? now : at
      await payload.update({
        collection: 'trials',
        id: trial.id,
        data: to === 'converted' ? { status: to, convertedAt: when.toISOString() } : { status: to, endedAt: when.toISOString() },
        depth: 0,
        overrideAccess: true,
        req,
      })
      const contact = typeof trial.contact === 'object' ? trial.contact.id : trial.contact
      const campaign = typeof trial.campaign === 'object' ? trial.campaign?.id : trial.campaign
      await appendActivity({ payload, contact, type: to === 'converted' ? 'trial-converted' : 'trial-ended', key: `trial-${to}:${trial.idempotencyKey}`, at: when, campaign, detail: to, req })
      if (to === 'expired') await payload.jobs.queue({ task: 'sendTrialLifecycleMail', input: { trial: trial.idempotencyKey, step: 'expired' }, req })
      return 'applied'
    })()
    await commitTransaction(req)
    return outcome
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
