import type { z } from 'zod'

import type { MailTemplate } from './mail-template'
import { campaign } from './templates/campaign'
import { contestWinner } from './templates/contest-winner'
import { formConfirmation } from './templates/form-confirmation'
import { formNotification } from './templates/form-notification'
import { newsletterOptIn } from './templates/newsletter-opt-in'
import { passwordReset } from './templates/password-reset'
import { policyNotice } from './templates/policy-notice'
import { preferenceCenterLink } from './templates/preference-center-link'
import { testMail } from './templates/test-mail'
import { trialExists } from './templates/trial-exists'
import { trialLifecycle } from './templates/trial-lifecycle'
import { trialVerify } from './templates/trial-verify'
import { trialWelcome } from './templates/trial-welcome'
import { webinarCancelled } from './templates/webinar-cancelled'
import { webinarMessage } from './templates/webinar-message'
import { webinarPromoted } from './templates/webinar-promoted'
import { webinarRegistered } from './templates/webinar-registered'
import { webinarRegistrationCancelled } from './templates/webinar-registration-cancelled'
import { webinarReminder } from './templates/webinar-reminder'
import { webinarReplay } from './templates/webinar-replay'
import { webinarUpdated } from './templates/webinar-updated'
import { webinarWaitlisted } from './templates/webinar-waitlisted'
import { welcome } from './templates/welcome'

/**
 * Every mail the product sends, by id. Adding one is two steps: write `emails/templates/<id>.ts` with
 * defineMailTemplate (props schema, sample props, wording in nl/fr/en, compose), then list it here. The admin
 * preview, the "send me a test" button and the three-language tests (tests/unit/emails-templates.test.ts) pick it
 * up from this list.
 */
export const mailTemplates = {
  'newsletter-opt-in': newsletterOptIn,
  welcome,
  'preference-center-link': preferenceCenterLink,
  'policy-notice': policyNotice,
  campaign,
  'test-mail': testMail,
  'password-reset': passwordReset,
  'webinar-registered': webinarRegistered,
  'webinar-waitlisted': webinarWaitlisted,
  'webinar-promoted': webinarPromoted,
  'webinar-updated': webinarUpdated,
  'webinar-cancelled': webinarCancelled,
  'webinar-reminder': webinarReminder,
  'webinar-replay': webinarReplay,
  'webinar-registration-cancelled': webinarRegistrationCancelled,
  'webinar-message': webinarMessage,
  'trial-verify': trialVerify,
  'trial-exists': trialExists,
  'trial-welcome': trialWelcome,
  'trial-lifecycle': trialLifecycle,
  'form-notification': formNotification,
  'form-confirmation': formConfirmation,
  'contest-winner': contestWinner,
} as const

export type MailTemplateId = keyof typeof mailTemplates
export type MailTemplateProps<Id extends MailTemplateId> = z.input<(typeof mailTemplates)[Id]['props']>

export const mailTemplateIds = Object.keys(mailTemplates) as MailTemplateId[]

export const isMailTemplateId = (value: unknown): value is MailTemplateId => typeof value === 'string' && Object.hasOwn(mailTemplates, value)

/** The registry entry with its types widened: for code that handles any template (compile, preview). */
export const getMailTemplate = (id: MailTemplateId): MailTemplate => mailTemplates[id] as unknown as MailTemplate
