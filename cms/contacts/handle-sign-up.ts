import type { Payload } from 'payload'
import { CappedMap } from 'altcha-lib'
import { RateLimiterMemory } from 'rate-limiter-flexible'

import type { Locale } from '../../config/locales'
import { readFormStamp } from './form-stamp'
import { requestSubscription, type SubscriptionOutcome } from './request-subscription'
import { parseSubscriptionForm, type SubscriptionFormError, type SubscriptionFormInput, type SubscriptionFormValues } from './subscription-form'
import { verifyAltchaPayload } from './verify-altcha-payload'

/** Sign-ups per client address (per instance) in ten minutes: enough for a family behind one router, not for a bot. */
export const signUpsPerClient = 10
const perClient = new RateLimiterMemory({ points: signUpsPerClient, duration: 600 })
// A form stamp is good for one sign-up (a re-shown form gets a new one), remembered per process.
const usedStamps = new CappedMap<string, true>({ maxSize: 50_000 })

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
    await perClient.consume(clientKey)
  } catch (error) {
    const ms = (error as { msBeforeNext?: number }).msBeforeNext
    if (typeof ms === 'number') return { result: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) }
    throw error
  }
  const parsed = parseSubscriptionForm({ form, fallbackLocale: pageLocale })
  if (!parsed.ok) return { result: 'invalid', errors: parsed.errors, values: parsed.values }

  const pick = (v: unknown) => (Array.isArray(v) ? v[0] : v)
  const altcha = await verifyAltchaPayload({ secret: payload.secret, payload: pick(form.altcha) })
  let nonce: string | undefined
  if (altcha.state === 'verified') nonce = altcha.nonce
  else if (altcha.state === 'missing') {
    const stamp = readFormStamp({ secret: payload.secret, stamp: pick(form.stamp) })
    if (stamp.state === 'fresh' && usedStamps.setIfAbsent(stamp.nonce, true)) nonce = stamp.nonce
  }
  if (!nonce) return { result: 'needs-check', values: parsed.values }

  const { outcome } = await requestSubscription({ payload, request: parsed.request, nonce, formLocale: pageLocale })
  if (outcome === 'no-lists') return { result: 'invalid', errors: ['lists-none'], values: parsed.values }
  return { result: 'accepted', outcome }
}
