import type { PayloadRequest } from 'payload'

import { compileMail } from '../../emails/compile-mail'
import { defaultLocale, locales, type Locale } from '../../config/locales'
import { loadOrganisationDetails } from '../content'
import { linkSettingsOf } from '../links/link-settings'
import { parkRenderedMail } from './rendered-payload-mails'

type ResetMailArgs = { req: PayloadRequest; token: string; user?: { name?: string | null } | null }
type PayloadArgs = { req?: PayloadRequest; token?: string; user?: { name?: string | null } | null }

const required = (args: PayloadArgs | undefined): ResetMailArgs => {
  if (!args?.req || !args.token) throw new Error('password reset mail: Payload gave no request or token')
  return { req: args.req, token: args.token, user: args.user }
}

const localeOf = (req: PayloadRequest): Locale => {
  const language = req.i18n?.language
  return (locales as readonly string[]).includes(language) ? (language as Locale) : defaultLocale
}

/** The admin's own reset screen on the public address: `${PUBLIC_URL}/admin/reset/<token>`, never the Host header. */
const passwordResetUrl = ({ req, token }: { req: PayloadRequest; token: string }): string => {
  const { routes, admin } = req.payload.config
  return `${linkSettingsOf(req.payload).publicUrl}${routes.admin}${admin.routes.reset}/${token}`
}

const render = async ({ req, token, user, validMinutes }: ResetMailArgs & { validMinutes: number }) => {
  const organisation = await loadOrganisationDetails({ payload: req.payload })
  const compiled = compileMail({ template: 'password-reset', locale: localeOf(req), props: { resetUrl: passwordResetUrl({ req, token }), validMinutes }, organisation })
  return compiled.personalise({ name: user?.name })
}

/**
 * Payload's forgot-password mail in our own template and languages: the collection's generateEmailHTML and
 * generateEmailSubject. The rendering is parked for the email adapter (create-payload-email-adapter.ts), which
 * queues it through the mail pipeline with its plain-text part.
 */
export const passwordResetMail = ({ validMinutes }: { validMinutes: number }) => ({
  generateEmailHTML: async (args?: PayloadArgs) => {
    const rendered = await render({ ...required(args), validMinutes })
    parkRenderedMail({ rendered })
    return rendered.html
  },
  generateEmailSubject: async (args?: PayloadArgs) => (await render({ ...required(args), validMinutes })).subject,
})
