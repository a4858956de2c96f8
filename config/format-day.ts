import type { Locale } from './locales'

const intlLocale: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }
const formatters = new Map<Locale, Intl.DateTimeFormat>()

/**
 * A day for people, in Brussels (where our customers' trials are counted): "vrijdag 18 december 2026". Assembled from
 * parts, as formatEventTime does, so ICU's punctuation differences never reach a mail.
 */
export const formatDay = ({ date, locale }: { date: Date; locale: Locale }): string => {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'Europe/Brussels', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    formatters.set(locale, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]))
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`
}
