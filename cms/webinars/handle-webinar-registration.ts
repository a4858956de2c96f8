import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import type { Locale } from '../../config/locales'
import { provePerson } from '../contacts'
import { requestSubscription } from '../contacts'
import { sharedBudget } from '../database/shared-budget'
import { recordWebinarCrmConsent } from './record-webinar-crm-consent'
import { parseRegistrationForm, type RegistrationFormError, type RegistrationFormInput, type RegistrationFormValues, type RegistrationQuestion } from './registration-form'
import { registerForWebinar, type RegistrationOutcome } from './register-for-webinar'

/** Registrations per client address in ten minutes (all instances together): a team behind one router, not a bot. */
export const registrationsPerClient = 20

export type WebinarRegistrationResult =
  /** Show "check your inbox" (whatever happened: new, known, waitlisted, honeypot): nobody learns who is registered. */
  | { result: 'accepted'; outcome?: RegistrationOutcome | 'honeypot' }
  /** Registration is not possible (any more): show why. */
  | { result: 'closed'; outcome: 'closed' | 'cancelled-webinar' | 'not-found' }
  | { result: 'invalid'; errors: RegistrationFormError[]; values: RegistrationFormValues }
  /** No proof of a person yet (no JavaScript, or too fast): show the filled-in form once more to send. */
  | { result: 'needs-check'; values: RegistrationFormValues }
  | { result: 'rate-limited'; retryAfterSeconds: number }

/**
 * The registration POST from a webinar's page: honeypot, per-client budget, validation, proof of a person (as the
 * newsletter form), then the registration; the newsletter opt-in starts the newsletter's double opt-in and the CRM
 * opt-in is recorded in the consent ledger, each only when ticked.
 */
export const handleWebinarRegistration = async ({
  payload,
  webinarId,
  questions,
  form,
  pageLocale,
  clientKey,
}: {
  payload: Payload
  webinarId: string | number
  questions: RegistrationQuestion[]
  form: RegistrationFormInput
  pageLocale: Locale
  clientKey: string
}): Promise<WebinarRegistrationResult> => {
  // A field people never see: only a form-filling robot fills it.
  const trap = form.website
  if (typeof trap === 'string' ? trap.trim() !== '' : Array.isArray(trap) && trap.some((t) => t.trim() !== '')) return { result: 'accepted', outcome: 'honeypot' }
  try {
    await sharedBudget({ payload, name: 'webinar-client', points: registrationsPerClient, durationSeconds: 600 }).consume(clientKey)
  } catch (error) {
    if (error instanceof RateLimiterRes) return { result: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
    throw error
  }
  const parsed = parseRegistrationForm({ form, questions, fallbackLocale: pageLocale })
  if (!parsed.ok) return { result: 'invalid', errors: parsed.errors, values: parsed.values }
  const nonce = await provePerson({ payload, form })
  if (!nonce) return { result: 'needs-check', values: parsed.values }

  const { outcome, registration } = await registerForWebinar({ payload, webinarId, request: parsed.request })
  if (outcome === 'closed' || outcome === 'cancelled-webinar' || outcome === 'not-found') return { result: 'closed', outcome }
  const { request } = parsed
  if (request.newsletter) {
    await requestSubscription({ payload, request: { email: request.email, name: request.name, lists: ['newsletter'], locale: request.locale, consent: true, tracking: false, campaign: request.campaign }, nonce, formLocale: pageLocale })
  }
  if (request.crm && registration) await recordWebinarCrmConsent({ payload, contactId: registration.contact, locale: pageLocale, eventId: `webinar-crm:${nonce}` })
  return { result: 'accepted', outcome }
}
