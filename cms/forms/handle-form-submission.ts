import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import type { Locale } from '../../config/locales'
import { ledgerPolicy, provePerson, recordContactConsent, requestSubscription } from '../contacts'
import { sharedBudget } from '../database/shared-budget'
import { findPublicForm, type PublicForm } from './find-public-form'
import { formConsentTexts } from './form-consent-texts'
import { parseFormAnswers, type FormAnswerError } from './parse-form-answers'
import { submitForm, type SubmitFormOutcome } from './submit-form'

/** Submissions per client address in ten minutes (all forms, all instances): an office behind one router, not a bot. */
export const formSubmissionsPerClient = 20

/** What the person typed, to show the form again (never stored). */
export type FormValues = Record<string, string | string[] | undefined>

export type FormSubmissionResult =
  | { result: 'accepted'; form: PublicForm; outcome?: SubmitFormOutcome | 'honeypot' }
  | { result: 'unavailable'; reason: 'not-found' | 'not-yet' | 'closed' }
  | { result: 'invalid'; form: PublicForm; errors: FormAnswerError[]; values: FormValues }
  /** No proof of a person yet (no JavaScript, or too fast): the filled-in form once more to send. */
  | { result: 'needs-check'; form: PublicForm; values: FormValues }
  | { result: 'rate-limited'; retryAfterSeconds: number }

const ticked = (v: unknown) => v === 'yes' || (Array.isArray(v) && v.includes('yes'))

/**
 * The POST of a form (from its block on any page, or its own page): honeypot, per-client budget, the published
 * version (unknown, unpublished, not open yet or closed: refused), its answers checked against that version
 * (parse-form-answers.ts), proof of a person (as the other forms), then the submission; the consent boxes only when
 * ticked and only with an address: the newsletter's own double opt-in, the CRM opt-in into the consent ledger.
 */
export const handleFormSubmission = async ({ payload, formId, input, locale, clientKey }: { payload: Payload; formId: unknown; input: FormValues; locale: Locale; clientKey: string }): Promise<FormSubmissionResult> => {
  const form = await findPublicForm({ payload, id: formId, locale, answering: input.version })
  if (!form) return { result: 'unavailable', reason: 'not-found' }
  if (form.state !== 'open') return { result: 'unavailable', reason: form.state }
  // A field people never see: only a form-filling robot fills it.
  const trap = input.website
  if (typeof trap === 'string' ? trap.trim() !== '' : Array.isArray(trap) && trap.some((t) => t.trim() !== '')) return { result: 'accepted', form, outcome: 'honeypot' }
  try {
    await sharedBudget({ payload, name: 'form-client', points: formSubmissionsPerClient, durationSeconds: 600 }).consume(clientKey)
  } catch (error) {
    if (error instanceof RateLimiterRes) return { result: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
    throw error
  }
  const parsed = parseFormAnswers({ fields: form.fields, input })
  // A promotion's terms are accepted by ticking their box: the entry records the version.
  const termsError = form.terms && !ticked(input.terms) ? [{ field: 'terms', code: 'required' as const }] : []
  if (!parsed.ok || termsError.length > 0) return { result: 'invalid', form, errors: [...(parsed.ok ? [] : parsed.errors), ...termsError], values: input }
  const nonce = await provePerson({ payload, form: input as Parameters<typeof provePerson>[0]['form'] })
  if (!nonce) return { result: 'needs-check', form, values: input }

  const { outcome, submission } = await submitForm({ payload, form, answers: parsed.answers, freeText: parsed.freeText, locale, clientKey })
  const contactId = submission?.contact
  if (outcome === 'submitted' && contactId !== undefined && contactId !== null) {
    const emailField = form.fields.find((f) => f.blockType === 'email')
    const email = emailField ? parsed.answers[emailField.name] : undefined
    if (form.consents.newsletter && ticked(input.newsletter) && typeof email === 'string') {
      await requestSubscription({ payload, request: { email, name: '', lists: [form.consents.newsletter.list], locale, consent: true, tracking: false }, nonce, formLocale: locale })
    }
    if (form.consents.crm && ticked(input.crm)) {
      const contact = (await payload.find({ collection: 'contacts', where: { id: { equals: contactId as number } }, limit: 1, depth: 0, overrideAccess: true, select: { ref: true } })).docs[0]
      const policy = await ledgerPolicy({ payload, locale })
      if (contact && policy) {
        await recordContactConsent({ payload, contact, input: { source: 'form', action: 'given', granted: ['crm'], refused: [], policy, wording: formConsentTexts({ locale }).crmWording, locale, eventId: `form-crm:${nonce}` } })
      } else payload.logger.warn('form CRM opt-in not recorded in the consent ledger: no contact or no policy version in force')
    }
  }
  return { result: 'accepted', form, outcome }
}
