import type { Locale } from '../config/locales'

/** The layout's own wording (greeting, footer), in every language a template can be rendered in. */
export const layoutCopy: Record<Locale, Record<'greeting' | 'greetingNamed' | 'enterpriseNumber' | 'marketingReason' | 'preferences' | 'unsubscribe' | 'labelSeparator', string>> = {
  nl: {
    greeting: 'Dag,',
    greetingNamed: 'Dag {name},',
    enterpriseNumber: 'Ondernemingsnummer',
    marketingReason: 'Je ontvangt deze mail omdat je ingeschreven bent op de nieuwsbrief van {organisation}.',
    preferences: 'Voorkeuren aanpassen',
    unsubscribe: 'Uitschrijven',
    labelSeparator: ': ',
  },
  fr: {
    greeting: 'Bonjour,',
    greetingNamed: 'Bonjour {name},',
    enterpriseNumber: "Numéro d'entreprise",
    marketingReason: 'Vous recevez cet e-mail parce que vous êtes inscrit·e à la newsletter de {organisation}.',
    preferences: 'Modifier vos préférences',
    unsubscribe: 'Se désinscrire',
    // French puts a space before the colon.
    labelSeparator: ' : ',
  },
  en: {
    greeting: 'Hello,',
    greetingNamed: 'Hello {name},',
    enterpriseNumber: 'Enterprise number',
    marketingReason: 'You receive this mail because you subscribed to the {organisation} newsletter.',
    preferences: 'Change your preferences',
    unsubscribe: 'Unsubscribe',
    labelSeparator: ': ',
  },
}
