import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { ensureContact } from '../contacts'
import { isUniqueViolation } from '../database/is-unique-violation'
import { sharedBudget } from '../database/shared-budget'
import type { Trial } from '../payload-types'
import { attributeTrial } from './attribute-trial'
import { queueTrialMail } from './queue-trial-mail'
import { recordTrialAcceptance } from './record-trial-acceptance'
import type { TrialRequest } from './trial-form'

/** What happened, for tests and logs only: the page answers the same "check your inbox" whatever it is. */
export type TrialRequestOutcome = 'created' | 'verification-resent' | 'already-has-trial' | 'resend-capped'

/**
 * Mails a known address gets again from the signup form per day: enough for a lost mail and a second try, not a way
 * to flood someone's inbox by typing their address (the form's answer stays the same either way).
 */
export const trialResendsPerDay = 3

/** Random, fixed for the trial's life: the application's idempotency key and the claim of the verification link. */
const newTrialKey = () => `trial_${randomBytes(18).toString('base64url')}`

/**
 * A validated, bot-checked signup: the person's contact (found or created), then their one trial. A new person gets
 * a trial awaiting verification, the acceptance recorded in the ledger and the verification mail. A known one gets
 * the right mail again and nothing else changes: the verification link while unverified, otherwise "you already
 * have a trial" with the sign-in link. `occasion` (the proof nonce) keys the mails, so each signup mails once.
 */
export const requestTrial = async ({ payload, request, occasion, now = new Date() }: { payload: Payload; request: TrialRequest; occasion: string; now?: Date }): Promise<{ outcome: TrialRequestOutcome; trial: Trial }> => {
  const { contact } = await ensureContact({ payload, email: request.email, name: `${request.firstName} ${request.lastName}`, locale: request.locale, profession: request.profession, source: 'trial' })
  const resendAllowed = async (trialKey: string) => {
    try {
      await sharedBudget({ payload, name: 'trial-resend', points: trialResendsPerDay, durationSeconds: 24 * 3600 }).consume(trialKey)
      return true
    } catch (error) {
      if (error instanceof RateLimiterRes) return false
      throw error
    }
  }
  const findTrial = async () => (await payload.find({ collection: 'trials', where: { contact: { equals: contact.id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const known = async (trial: Trial) => {
    const unverified = trial.status === 'awaiting-verification'
    if (!(await resendAllowed(trial.idempotencyKey))) return { outcome: 'resend-capped' as const, trial }
    await queueTrialMail({ payload, kind: unverified ? 'verify' : 'exists', trial, contact, occasion, now })
    return { outcome: unverified ? ('verification-resent' as const) : ('already-has-trial' as const), trial }
  }
  const existing = await findTrial()
  if (existing) return known(existing)

  const attribution = await attributeTrial({ payload, campaignParam: request.campaign, referrerPath: request.referrerPath, now })
  let trial: Trial
  try {
    trial = await payload.create({
      collection: 'trials',
      overrideAccess: true,
      depth: 0,
      data: {
        contact: contact.id,
        status: 'awaiting-verification',
        profession: request.profession,
        country: request.country,
        locale: request.locale,
        practiceName: request.practiceName,
        idempotencyKey: newTrialKey(),
        referrerPath: request.referrerPath,
        verificationSentAt: now.toISOString(),
        source: attribution.source,
        ...(attribution.campaign !== undefined ? { campaign: attribution.campaign as number } : {}),
        ...(attribution.webinar !== undefined ? { webinar: attribution.webinar as number } : {}),
      },
    })
  } catch (error) {
    // The same person twice at the same moment: the unique contact let one through; the other is that trial.
    if (!isUniqueViolation(error)) throw error
    const raced = await findTrial()
    if (!raced) throw error
    return known(raced)
  }
  await recordTrialAcceptance({ payload, contact, locale: request.locale, trialKey: trial.idempotencyKey })
  await queueTrialMail({ payload, kind: 'verify', trial, contact, occasion, now })
  return { outcome: 'created', trial }
}
