import { z } from 'zod'

import { locales, type Locale } from '../../config/locales'
import { contactCountries, contactProfessions, type ContactCountry, type ContactProfession } from '../contacts'

/** What the signup form posts, as plain values (a repeated field as an array). */
export type TrialFormInput = Record<string, string | string[] | undefined>

export type TrialFormError = 'email-invalid' | 'first-name-required' | 'last-name-required' | 'profession-required' | 'practice-name-invalid' | 'country-required' | 'accept-required'

/** The values a person typed, echoed back into the form when something needs fixing. */
export type TrialFormValues = {
  email: string
  firstName: string
  lastName: string
  profession: string
  practiceName: string
  country: string
  locale: string
  accept: boolean
  newsletter: boolean
  campaign: string
  from: string
}

export type TrialRequest = {
  email: string
  firstName: string
  lastName: string
  profession: ContactProfession
  practiceName?: string
  country: ContactCountry
  locale: Locale
  newsletter: boolean
  campaign?: string
  /** The page of this site the person came from (path only, never a query string: it may carry tokens). */
  referrerPath?: string
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim()

// The same practical address rule as the newsletter and webinar forms (never wider than what the mail layer sends to).
const email = z
  .string()
  .max(254)
  .regex(/^[^\s@"<>(),;:\\[\]]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i)
  .pipe(z.email())
// No markup and no control characters: names are echoed in mails and pages, and sent to the application.
const plainText = (max: number) => z.string().min(1).max(max).refine((s) => !/[<>]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32))
const referrerPath = /^\/[A-Za-z0-9/_-]{0,199}$/

/**
 * Validates a trial signup (zod at the edge). Errors are codes the page words in the visitor's language; the values
 * come back either way so the form keeps what the person typed. There is no free-text field about clients: the
 * practice name is the only optional text, capped and without markup.
 */
export const parseTrialForm = ({ form, fallbackLocale }: { form: TrialFormInput; fallbackLocale: string }): { ok: true; request: TrialRequest; values: TrialFormValues } | { ok: false; errors: TrialFormError[]; values: TrialFormValues } => {
  const pick = <T extends string>(value: string, allowed: readonly T[]) => ((allowed as readonly string[]).includes(value) ? value : '')
  const values: TrialFormValues = {
    email: one(form.email).slice(0, 254),
    firstName: one(form.firstName).slice(0, 100),
    lastName: one(form.lastName).slice(0, 100),
    profession: pick(one(form.profession), contactProfessions),
    practiceName: one(form.practiceName).slice(0, 200),
    country: pick(one(form.country), contactCountries),
    locale: pick(one(form.locale), locales) || fallbackLocale,
    accept: one(form.accept) === 'yes',
    newsletter: one(form.newsletter) === 'yes',
    campaign: one(form.mp_c).slice(0, 32),
    from: one(form.from).slice(0, 200),
  }
  const errors: TrialFormError[] = []
  if (!email.safeParse(values.email.toLowerCase()).success) errors.push('email-invalid')
  if (!plainText(100).safeParse(values.firstName).success) errors.push('first-name-required')
  if (!plainText(100).safeParse(values.lastName).success) errors.push('last-name-required')
  if (values.profession === '') errors.push('profession-required')
  if (values.practiceName !== '' && !plainText(200).safeParse(values.practiceName).success) errors.push('practice-name-invalid')
  if (values.country === '') errors.push('country-required')
  if (!values.accept) errors.push('accept-required')
  if (errors.length > 0) return { ok: false, errors, values }
  return {
    ok: true,
    values,
    request: {
      email: values.email.toLowerCase(),
      firstName: values.firstName,
      lastName: values.lastName,
      profession: values.profession as ContactProfession,
      practiceName: values.practiceName || undefined,
      country: values.country as ContactCountry,
      locale: values.locale as Locale,
      newsletter: values.newsletter,
      campaign: /^[A-Za-z0-9]{1,32}$/.test(values.campaign) ? values.campaign : undefined,
      referrerPath: referrerPath.test(values.from) ? values.from : undefined,
    },
  }
}
