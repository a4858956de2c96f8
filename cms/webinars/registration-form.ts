import { z } from 'zod'

import { locales } from '../../config/locales'
import { webinarProfessions } from './webinar-statuses'

/** What the registration form posts, as plain values (repeated fields as arrays). */
export type RegistrationFormInput = Record<string, string | string[] | undefined>

export type RegistrationFormError = 'email-invalid' | 'name-required' | 'profession-required' | 'answer-required'

/** The values a person typed, echoed back into the form when something needs fixing. */
export type RegistrationFormValues = {
  email: string
  name: string
  profession: string
  locale: string
  answers: Record<string, string>
  newsletter: boolean
  crm: boolean
  campaign: string
}

/** A question as the form shows it: choices only (never free text, where someone might write about a client). */
export type RegistrationQuestion = { key: string; label: string; required: boolean; choices: { value: string; label: string }[] }

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim()

// The same practical address rule as the newsletter form (and never wider than what the mail layer sends to).
const email = z
  .string()
  .max(254)
  .regex(/^[^\s@"<>(),;:\\[\]]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i)
  .pipe(z.email())
// No markup and no control characters: the name is echoed in mails and pages.
const name = z.string().min(1).max(100).refine((s) => !/[<>]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32))

export type RegistrationRequest = {
  email: string
  name: string
  profession: (typeof webinarProfessions)[number]
  locale: (typeof locales)[number]
  answers: { question: string; answer: string }[]
  newsletter: boolean
  crm: boolean
  campaign?: string
}

/**
 * Validates a webinar registration (zod at the edge). Errors are codes the page words in the visitor's language;
 * the values come back either way so the form keeps what the person typed. Answers must be one of the question's
 * choices: anything else is dropped (a required question then counts as unanswered).
 */
export const parseRegistrationForm = ({
  form,
  questions,
  fallbackLocale,
}: {
  form: RegistrationFormInput
  questions: RegistrationQuestion[]
  fallbackLocale: string
}): { ok: true; request: RegistrationRequest; values: RegistrationFormValues } | { ok: false; errors: RegistrationFormError[]; values: RegistrationFormValues } => {
  const answers: Record<string, string> = {}
  for (const q of questions) {
    const given = one(form[`q-${q.key}`])
    if (q.choices.some((c) => c.value === given)) answers[q.key] = given
  }
  const values: RegistrationFormValues = {
    email: one(form.email).slice(0, 254),
    name: one(form.name).slice(0, 100),
    profession: (webinarProfessions as readonly string[]).includes(one(form.profession)) ? one(form.profession) : '',
    locale: (locales as readonly string[]).includes(one(form.locale)) ? one(form.locale) : fallbackLocale,
    answers,
    newsletter: one(form.newsletter) === 'yes',
    crm: one(form.crm) === 'yes',
    campaign: one(form.mp_c).slice(0, 32),
  }
  const errors: RegistrationFormError[] = []
  if (!email.safeParse(values.email.toLowerCase()).success) errors.push('email-invalid')
  if (!name.safeParse(values.name).success) errors.push('name-required')
  if (values.profession === '') errors.push('profession-required')
  if (questions.some((q) => q.required && answers[q.key] === undefined)) errors.push('answer-required')
  if (errors.length > 0) return { ok: false, errors, values }
  return {
    ok: true,
    values,
    request: {
      email: values.email.toLowerCase(),
      name: values.name,
      profession: values.profession as RegistrationRequest['profession'],
      locale: values.locale as RegistrationRequest['locale'],
      answers: Object.entries(answers).map(([question, answer]) => ({ question, answer })),
      newsletter: values.newsletter,
      crm: values.crm,
      campaign: /^[A-Za-z0-9]{1,32}$/.test(values.campaign) ? values.campaign : undefined,
    },
  }
}
