import type { Payload, PayloadRequest } from 'payload'

import { compileMail } from '../../emails/compile-mail'
import type { Locale } from '../../config/locales'
import type { OrganisationDetails } from '../../emails/organisation-details'
import type { MailTemplateId, MailTemplateProps } from '../../emails/template-registry'
import type { MailAttachment, MailMessage } from '../../integrations/mail/mail-port'
import { validateMailMessage } from '../../integrations/mail/validate-mail-message'
import { loadOrganisationDetails } from '../content'
import { unsubscribeLinks } from '../links/unsubscribe-links'
import { testContactRef } from '../links/unsubscribe-token'
import { queueStoredMail } from './queue-stored-mail'

type QueueMailArgs<Id extends MailTemplateId> = {
  payload: Payload
  template: Id
  locale: Locale
  props: MailTemplateProps<Id>
  to: string
  /** The greeting's name, when known. */
  name?: string | null
  /** The contact the mail goes to (its mail record links them). */
  subscriberId?: string | number
  /** Required for marketing templates: the contact's random reference, which their unsubscribe link carries. */
  contactRef?: string
  /** Same key ⇒ sent once, however often this is called (e.g. `welcome:{subscriberId}`). */
  idempotencyKey: string
  subjectPrefix?: string
  /** Files sent with the mail (a webinar's `invite.ics`), base64: transactional templates only. */
  attachments?: MailAttachment[]
  /** The organisation settings when the caller has them already (a round of mails reads them once). */
  organisation?: OrganisationDetails
  req?: PayloadRequest
}

/**
 * The one way to send a templated mail: renders it now (so a bad template, a missing translation, a role address for
 * marketing, a header injection, an oversized mail or an unsafe attachment is refused here, with a clear error, before
 * anything is queued) and queues a `sendMail` job that delivers it with retries. Marketing mail gets the recipient's one-click
 * unsubscribe link and headers.
 */
export const queueMail = async <Id extends MailTemplateId>({
  payload,
  template,
  locale,
  props,
  to,
  name,
  subscriberId,
  contactRef,
  idempotencyKey,
  subjectPrefix = '',
  attachments,
  organisation: given,
  req,
}: QueueMailArgs<Id>): Promise<{ jobId: string | number }> => {
  const organisation = given ?? (await loadOrganisationDetails({ payload }))
  const compiled = compileMail({ template, locale, props, organisation })
  const marketing = compiled.category === 'marketing'
  if (marketing && contactRef === undefined) throw new Error(`${template} is marketing mail: queueMail needs the contactRef for its unsubscribe link`)
  const links = marketing ? unsubscribeLinks({ payload, contactRef: contactRef ?? testContactRef, locale }) : undefined
  const rendered = compiled.personalise({ name, unsubscribeUrl: links?.url, preferencesUrl: links?.preferencesUrl })
  const message: MailMessage = {
    to: to.trim(),
    subject: `${subjectPrefix}${rendered.subject}`,
    html: rendered.html,
    text: rendered.text,
    idempotencyKey,
    category: compiled.category,
    headers: links?.headers,
    ...(attachments && attachments.length > 0 ? { attachments } : {}),
  }
  validateMailMessage(message)
  const { jobId } = await queueStoredMail({
    payload,
    message,
    meta: { template, locale, subscriberId: subscriberId === undefined ? undefined : String(subscriberId) },
    req,
  })
  return { jobId }
}
