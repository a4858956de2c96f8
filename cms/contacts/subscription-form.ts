import { z } from 'zod'

import { locales } from '../../config/locales'
import { isDisposableAddress } from './disposable-domains'

/** What a sign-up form posts, as plain values (repeated fields as arrays). */
export type SubscriptionFormInput = Record<string, string | string[] | undefined>

export type SubscriptionFormError = 'email-invalid' | 'email-disposable' | 'lists-none' | 'consent-required'

/** The values a person typed, echoed back into the form when something needs fixing. */
export type SubscriptionFormValues = { email: string; name: string; lists: string[]; locale: string; tracking: boolean; campaign: string }

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim()
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v])

// Practical address syntax (what mail providers accept), not full RFC 5321: one @, a dotted domain, no spaces. And
// never wider than what the mail layer sends to (integrations/mail/validate-mail-message.ts, zod's email rule): an
// address accepted here and refused there ended the sign-up in a 500 after the contact was written.
const email = z
  .string()
  .max(254)
  .regex(/^[^\s@"<>(),;:\\[\]]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i)
  .pipe(z.email())

const fields = z.object({
  email,
  // No markup and no control characters: the name is echoed in mails and pages.
  name: z.string().max(100).refine((s) => !/[<>]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32)),
  lists: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).max(20),
  locale: z.enum(locales),
  consent: z.literal(true),
  tracking: z.boolean(),
  campaign: z.string().regex(/^[A-Za-z0-9]{1,32}$/).optional(),
})
export type SubscriptionRequest = z.infer<typeof fields>

/**
 * Validates a sign-up form (zod at the edge). Errors are codes the page words in the visitor's language; the
 * values come back either way so the form keeps what the person typed. Bot fields (honeypot, proof-of-work, stamp)
 * are checked elsewhere. Unknown list keys are dropped later, against the lists that exist.
 */
export const parseSubscriptionForm = ({ form, fallbackLocale }: { form: SubscriptionFormInput; fallbackLocale: string }):
  | { ok: true; request: SubscriptionRequest; values: SubscriptionFormValues }
  | { ok: false; errors: SubscriptionFormError[]; values: SubscriptionFormValues } => {
  const values: SubscriptionFormValues = {
    email: one(form.email).slice(0, 254),
    name: one(form.name).slice(0, 100),
    lists: [...new Set(many(form.lists).map((l) => l.trim()))].slice(0, 20),
    locale: (locales as readonly string[]).includes(one(form.locale)) ? one(form.locale) : fallbackLocale,
    tracking: one(form.tracking) === 'yes',
    campaign: one(form.mp_c).slice(0, 32),
  }
  const parsed = fields.safeParse({
    email: values.email.toLowerCase(),
    name: values.name,
    lists: values.lists,
    locale: values.locale,
    consent: one(form.consent) === 'yes',
    tracking: values.tracking,
    campaign: /^[A-Za-z0-9]{1,32}$/.test(values.campaign) ? values.campaign : undefined,
  })
  const errors: SubscriptionFormError[] = []
  if (!parsed.success) {
    const paths = new Set(parsed.error.issues.map((i) => String(i.path[0])))
    if (paths.has('email')) errors.push('email-invalid')
    if (paths.has('consent')) errors.push('consent-required')
    if (paths.has('lists') && !paths.has('email')) errors.push('lists-none')
  } else if (isDisposableAddress({ email: parsed.data.email })) {
    errors.push('email-disposable')
  }
  if (values.lists.length === 0) errors.push('lists-none')
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: [...new Set(errors)], values }
  return { ok: true, request: parsed.data, values }
}
