import type { Locale } from '../../config/locales'

/** The notice every free-text field stands under (issue #17): the guard refuses to publish a form without it. */
export const defaultFreeTextNotice: Record<Locale, string> = {
  nl: 'Deel hier nooit informatie over je cliënten of hun gezondheid.',
  fr: 'Ne partagez jamais ici d’informations sur vos clients ou leur santé.',
  en: 'Never share information about your clients or their health here.',
}
