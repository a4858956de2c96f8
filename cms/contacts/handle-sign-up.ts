import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import type { Locale } from '../../config/locales'
import { sharedBudget } from '../database/shared-budget'
import { provePerson } from './prove-person'
import { requestSubscription, type SubscriptionOutcome } from './request-subscription'
import { parseSubscriptionForm, type SubscriptionFormError, type SubscriptionFormInput, type SubscriptionFormValues } from './subscription-form'

/** Sign-ups per client address in ten minutes (all instances together): enough for a family behind one router, not for a bot. */
export const signUpsPerClient = 10

export type SignUpResult =
  /** Show "check your inbox" (whatever happened: known, unknown, throttled, honeypot). */
  | { result: 'accepted'; outcome?: SubscriptionOutcome | 'honeypot' }
  /** Show the form again with these errors and values. */
  | { result: 'invalid'; errors: SubscriptionFormError[]; values: SubscriptionFormValues }
  /** No proof of a person yet (no JavaScript, posted from a cached page, or too fast): show the filled-in form once more to send. */
  | { result: 'needs-check'; values: SubscriptionFormValues }
  | { result: 'rate-limited'; retryAfterSeconds: number }

/**
 * The sign-up POST, from the page or the block: honeypot, per-client budget, validation, then proof of a person —
 * the ALTCHA proof-of-work when the browser ran it, else a signed form stamp at least 3 s old (people without
 * JavaScript) — and finally the subscription request. Bot-looking posts and real ones answer alike.
 */
export const handleSignUp = async ({ payload, form, pageLocale, clientKey }: { payload: Payload; form: SubscriptionFormInput; pageLocale: Locale; clientKey: string }): Promise<SignUpResult> => {
  // A field people never see (hidden from them and from assistive technology): only a form-filling robot fills it.
  const trap = form.website
  if (typeof trap === 'string' ? trap.trim() !== '' : Array.isArray(trap) && trap.some((t) => t.trim() !== '')) return { result: 'accepted', outcome: 'honeypot' }
  try {
    await sharedBudget({ payload, name: 'sign-up-client', points: signUpsPerClient, durationSeconds: 600 }).consume(clientKey)
  } catch (error) {
    if (error instanceof RateLimiterRes) return { result: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
    throw error
  }
  const parsed = parseSubscriptionForm({ form, fallbackLocale: pageLocale })
  if (!parsed.ok) return { result: 'invalid', errors: parsed.errors, values: parsed.values }

  const nonce = await provePerson({ payload, form })
  if (!nonce) return { result: 'needs-check', values: parsed.values }

  const { outcome } = await requestSubscription({ payload, request: parsed.request, nonce, formLocale: pageLocale })
  if (outcome === 'no-lists') return { result: 'invalid', errors: ['lists-none'], values: parsed.values }
  return { result: 'accepted', outcome }
}
