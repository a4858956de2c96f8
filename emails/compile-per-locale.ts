import { compileMail, type CompiledMail } from './compile-mail'
import type { Locale } from '../config/locales'
import type { OrganisationDetails } from './organisation-details'
import type { MailTemplateId, MailTemplateProps } from './template-registry'

/**
 * One template with its props per language, compiled on first use of each language and then reused for every
 * recipient reading it (a run over many recipients renders each language once).
 */
export const compilePerLocale = <Id extends MailTemplateId>({
  template,
  propsByLocale,
  organisation,
}: {
  template: Id
  propsByLocale: Partial<Record<Locale, MailTemplateProps<Id>>>
  organisation?: OrganisationDetails
}): ((locale: Locale) => CompiledMail) => {
  const compiled = new Map<Locale, CompiledMail>()
  return (locale) => {
    let mail = compiled.get(locale)
    if (!mail) {
      mail = compileMail({ template, locale, props: propsByLocale[locale] as MailTemplateProps<Id>, organisation })
      compiled.set(locale, mail)
    }
    return mail
  }
}
