import type { Locale } from '../config/locales'

/** The labels of a webinar mail's facts table, spread into each webinar template's copy (and checked with it). */
export const webinarDetailsCopy = {
  nl: { webinarLabel: 'Webinar', whenLabel: 'Wanneer' },
  fr: { webinarLabel: 'Webinaire', whenLabel: 'Quand' },
  en: { webinarLabel: 'Webinar', whenLabel: 'When' },
} satisfies Record<Locale, Record<string, string>>
