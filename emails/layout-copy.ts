import type { Locale } from './locales'

/** The layout's own wording (greeting, footer), in every language a template can be rendered in. */
export const layoutCopy: Record<Locale, Record<'greeting' | 'greetingNamed' | 'enterpriseNumber' | 'marketingReason' | 'unsubscribe', string>> = {
  nl: {
    greeting: 'Dag,',
    greetingNamed: 'Dag {name},',
    enterpriseNumber: 'Ondernemingsnummer',
    marketingReason: 'Je ontvangt deze mail omdat je ingeschreven bent op de nieuwsbrief van {organisation}.',
    unsubscribe: 'Uitschrijven of voorkeuren aanpassen',
  },
  fr: {
    greeting: 'Bonjour,',
    greetingNamed: 'Bonjour {name},',
    enterpriseNumber: "Numéro d'entreprise",
    marketingReason: 'Vous recevez cet e-mail parce que vous êtes inscrit·e à la newsletter de {organisation}.',
    unsubscribe: 'Se désinscrire ou modifier vos préférences',
  },
  en: {
    greeting: 'Hello,',
    greetingNamed: 'Hello {name},',
    enterpriseNumber: 'Enterprise number',
    marketingReason: 'You receive this mail because you subscribed to the {organisation} newsletter.',
    unsubscribe: 'Unsubscribe or change your preferences',
  },
}
