import type { Field } from 'payload'

type Texts = Record<'nl' | 'fr' | 'en', string>

const text = (name: string, defaults: Texts, type: 'text' | 'textarea' = 'text'): Field =>
  ({
    name,
    type,
    required: true,
    localized: true,
    defaultValue: ({ locale }: { locale?: string }) => defaults[(locale as keyof Texts) ?? 'nl'] ?? defaults.nl,
  }) as Field

/** The cookie banner's wording, per language. What a visitor saw is hashed into every banner consent record. */
export const bannerTextFields: Field[] = [
  text('title', { nl: 'Wij gebruiken cookies', fr: 'Nous utilisons des cookies', en: 'We use cookies' }),
  text(
    'description',
    {
      nl: 'Noodzakelijke cookies laten de website werken. Met jouw toestemming meten we ook anoniem het gebruik (analyse) en het effect van advertenties (marketing). Je kiest zelf en kunt je keuze altijd wijzigen via "Cookie-instellingen" onderaan elke pagina.',
      fr: 'Les cookies nécessaires font fonctionner le site. Avec votre accord, nous mesurons aussi anonymement l’utilisation (analyse) et l’effet des publicités (marketing). Vous choisissez et pouvez changer d’avis à tout moment via « Paramètres des cookies » en bas de chaque page.',
      en: 'Necessary cookies make the website work. With your consent we also measure use anonymously (analytics) and the effect of ads (marketing). You choose, and can change your choice at any time through "Cookie settings" at the bottom of every page.',
    },
    'textarea',
  ),
  text('acceptAll', { nl: 'Alles accepteren', fr: 'Tout accepter', en: 'Accept all' }),
  text('rejectAll', { nl: 'Alles weigeren', fr: 'Tout refuser', en: 'Reject all' }),
  text('showPreferences', { nl: 'Zelf kiezen', fr: 'Personnaliser', en: 'Choose' }),
  text('savePreferences', { nl: 'Keuze bewaren', fr: 'Enregistrer mes choix', en: 'Save my choice' }),
  text('preferencesTitle', { nl: 'Cookie-instellingen', fr: 'Paramètres des cookies', en: 'Cookie settings' }),
  text('necessaryDescription', { nl: 'Nodig om de website te laten werken. Altijd aan.', fr: 'Nécessaires au fonctionnement du site. Toujours actifs.', en: 'Needed for the website to work. Always on.' }, 'textarea'),
  text('analyticsDescription', { nl: 'Anonieme statistieken om de website te verbeteren.', fr: 'Statistiques anonymes pour améliorer le site.', en: 'Anonymous statistics to improve the website.' }, 'textarea'),
  text('marketingDescription', { nl: 'Het effect van onze advertenties meten.', fr: 'Mesurer l’effet de nos publicités.', en: 'Measuring the effect of our ads.' }, 'textarea'),
]
