import { compileMail, type MailRecipient } from './compile-mail'
import type { Locale } from '../config/locales'
import type { OrganisationDetails } from './organisation-details'
import type { RenderedMail } from './rendered-mail'
import type { MailTemplateId, MailTemplateProps } from './template-registry'

/** One template, one language, one recipient → subject, HTML and text. Synchronous; never sends. */
export const renderMail = <Id extends MailTemplateId>({
  template,
  locale,
  props,
  organisation,
  recipient = {},
}: {
  template: Id
  locale: Locale
  props: MailTemplateProps<Id>
  organisation?: OrganisationDetails
  recipient?: MailRecipient
}): RenderedMail => compileMail({ template, locale, props, organisation }).personalise(recipient)
