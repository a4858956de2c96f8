import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import type { Locale } from '../../config/locales'
import { provePerson, requestSubscription } from '../contacts'
import { sharedBudget } from '../database/shared-budget'
import { requestTrial, type TrialRequestOutcome } from './request-trial'
import { parseTrialForm, type TrialFormError, type TrialFormInput, type TrialFormValues } from './trial-form'

/** Signups per client address in ten minutes (all instances together): a practice behind one router, not a bot. */
export const trialSignupsPerClient = 10

export type TrialSignupResult =
  /** Show "check your inbox", whatever happened (new, known, verified, honeypot): nobody learns who has a trial. */
  | { result: 'accepted'; outcome?: TrialRequestOutcome | 'honeypot' }
  | { result: 'invalid'; errors: TrialFormError[]; values: TrialFormValues }
  /** No proof of a person yet (no JavaScript, or too fast): show the filled-in form once more to send. */
  | { result: 'needs-check'; values: TrialFormValues }
  | { result: 'rate-limited'; retryAfterSeconds: number }

/**
 * The signup POST of /{lang}/trial: honeypot, per-client budget, validation, proof of a person (as the newsletter
 * and webinar forms), then the trial; the newsletter box starts the newsletter's own double opt-in, only when ticked.
 */
export const handleTrialSignup = async ({ payload, form, pageLocale, clientKey }: { payload: Payload; form: TrialFormInput; pageLocale: Locale; clientKey: string }): Promise<TrialSignupResult> => {
  // A field people never see: only a form-filling robot fills it.
  const trap = form.website
  if (typeof trap === 'string' ? trap.trim() !== '' : Array.isArray(trap) && trap.some((t) => t.trim() !== '')) return { result: 'accepted', outcome: 'honeypot' }
  try {
    await sharedBudget({ payload, name: 'trial-client', points: trialSignupsPerClient, durationSeconds: 600 }).consume(clientKey)
  } catch (error) {
    if (error instanceof RateLimiterRes) return { result: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
    throw error
  }
  const parsed = parseTrialForm({ form, fallbackLocale: pageLocale })
  if (!parsed.ok) return { result: 'invalid', errors: parsed.errors, values: parsed.values }
  const nonce = await provePerson({ payload, form })
  if (!nonce) return { result: 'needs-check', values: parsed.values }

  const { request } = parsed
  const { outcome } = await requestTrial({ payload, request, occasion: nonce })
  if (request.newsletter) {
    const name = `${request.firstName} ${request.lastName}`
    await requestSubscription({ payload, request: { email: request.email, name, lists: ['newsletter'], locale: request.locale, consent: true, tracking: false, campaign: request.campaign }, nonce, formLocale: pageLocale })
  }
  return { result: 'accepted', outcome }
}
