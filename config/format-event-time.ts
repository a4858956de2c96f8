import type { Locale } from './locales'
import { timeZoneOffsetMinutes } from './time-zone-offset-minutes'

/** Our webinars happen in Belgium: every time we show is Brussels time, said so, whatever the reader's device says. */
const timeZone = 'Europe/Brussels'

type Wording = {
  intlLocale: string
  zone: string
  /** Between start and end: a plain en dash in nl/en, spaced in French typography. */
  rangeSeparator: string
  clock: (args: { hour: string; minute: string }) => string
}

const wording: Record<Locale, Wording> = {
  nl: { intlLocale: 'nl-BE', zone: 'Brusselse tijd', rangeSeparator: '–', clock: ({ hour, minute }) => `${hour}:${minute}` },
  fr: { intlLocale: 'fr-BE', zone: 'heure de Bruxelles', rangeSeparator: ' – ', clock: ({ hour, minute }) => `${Number(hour)} h ${minute}` },
  en: { intlLocale: 'en-GB', zone: 'Brussels time', rangeSeparator: '–', clock: ({ hour, minute }) => `${hour}:${minute}` },
}

const formatters = new Map<Locale, Intl.DateTimeFormat>()
const formatterFor = (locale: Locale): Intl.DateTimeFormat => {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(wording[locale].intlLocale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    formatters.set(locale, formatter)
  }
  return formatter
}

// The date is assembled from its parts rather than taken whole: ICU versions disagree on punctuation ("Thursday,
// 10 December" or "Thursday 10 December"), and the mails and the site must say it the same way everywhere.
const wallClock = ({ date, locale }: { date: Date; locale: Locale }) => {
  const parts = Object.fromEntries(formatterFor(locale).formatToParts(date).map((p) => [p.type, p.value]))
  return {
    day: `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`,
    time: wording[locale].clock({ hour: parts.hour ?? '', minute: parts.minute ?? '' }),
  }
}

// timeZoneName 'short' says "CET" in some locales and "UTC+1" in others (French among them): the abbreviation is
// derived from the offset instead. Anything else (were the EU to drop the clock change) is named by its offset.
const zoneAbbreviation = (date: Date): string => {
  const offset = timeZoneOffsetMinutes({ date, timeZone })
  if (offset === 60) return 'CET'
  if (offset === 120) return 'CEST'
  const sign = offset < 0 ? '-' : '+'
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0')
  return `UTC${sign}${hours}:${minutes}`
}

/**
 * When an event happens, for people: weekday, date, start–end and the zone named, in Brussels time. A range that
 * crosses a clock change names the zone at each end; one that crosses midnight names the end's day.
 *
 *   nl: donderdag 10 december 2026, 20:00–21:00 (Brusselse tijd, CET)
 *   fr: jeudi 10 décembre 2026, 20 h 00 – 21 h 00 (heure de Bruxelles, CET)
 *   en: Thursday 10 December 2026, 20:00–21:00 (Brussels time, CET)
 */
export const formatEventTime = ({ start, durationMinutes, locale }: { start: Date | string; durationMinutes?: number; locale: Locale }): string => {
  const startDate = typeof start === 'string' ? new Date(start) : start
  if (Number.isNaN(startDate.getTime())) throw new RangeError(`formatEventTime: start is not a date (${String(start)})`)
  if (durationMinutes !== undefined && !(Number.isFinite(durationMinutes) && durationMinutes >= 0)) {
    throw new RangeError(`formatEventTime: durationMinutes must be a number ≥ 0 (${durationMinutes})`)
  }
  const words = wording[locale]
  const from = wallClock({ date: startDate, locale })
  const startZone = zoneAbbreviation(startDate)
  if (!durationMinutes) return `${from.day}, ${from.time} (${words.zone}, ${startZone})`

  const endDate = new Date(startDate.getTime() + durationMinutes * 60_000)
  const to = wallClock({ date: endDate, locale })
  const endZone = zoneAbbreviation(endDate)
  const sameZone = startZone === endZone
  const startText = sameZone ? from.time : `${from.time} ${startZone}`
  const endText = `${to.day === from.day ? '' : `${to.day}, `}${to.time}${sameZone ? '' : ` ${endZone}`}`
  return `${from.day}, ${startText}${words.rangeSeparator}${endText} (${sameZone ? `${words.zone}, ${startZone}` : words.zone})`
}
