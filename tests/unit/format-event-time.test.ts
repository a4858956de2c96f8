import { describe, expect, it } from 'vitest'

import { formatEventTime } from '../../config/format-event-time'
import { timeZoneOffsetMinutes } from '../../config/time-zone-offset-minutes'

describe('formatEventTime', () => {
  it('says a winter evening in Brussels time (CET), whatever zone the server runs in', () => {
    const start = '2026-12-10T19:00:00Z'
    expect(formatEventTime({ start, durationMinutes: 60, locale: 'nl' })).toBe('donderdag 10 december 2026, 20:00–21:00 (Brusselse tijd, CET)')
    expect(formatEventTime({ start, durationMinutes: 60, locale: 'fr' })).toBe('jeudi 10 décembre 2026, 20 h 00 – 21 h 00 (heure de Bruxelles, CET)')
    expect(formatEventTime({ start, durationMinutes: 60, locale: 'en' })).toBe('Thursday 10 December 2026, 20:00–21:00 (Brussels time, CET)')
  })

  it('says a summer morning in CEST, and accepts a Date and an ISO string with an offset', () => {
    expect(formatEventTime({ start: new Date('2026-07-02T07:30:00Z'), durationMinutes: 45, locale: 'nl' })).toBe('donderdag 2 juli 2026, 09:30–10:15 (Brusselse tijd, CEST)')
    expect(formatEventTime({ start: '2026-07-02T09:30:00+02:00', durationMinutes: 45, locale: 'fr' })).toBe('jeudi 2 juillet 2026, 9 h 30 – 10 h 15 (heure de Bruxelles, CEST)')
    expect(formatEventTime({ start: '2026-07-02T07:30:00.000Z', durationMinutes: 45, locale: 'en' })).toBe('Thursday 2 July 2026, 09:30–10:15 (Brussels time, CEST)')
  })

  it('without a duration, says the start only', () => {
    expect(formatEventTime({ start: '2026-12-10T19:00:00Z', locale: 'nl' })).toBe('donderdag 10 december 2026, 20:00 (Brusselse tijd, CET)')
    expect(formatEventTime({ start: '2026-12-10T19:00:00Z', durationMinutes: 0, locale: 'en' })).toBe('Thursday 10 December 2026, 20:00 (Brussels time, CET)')
  })

  it('on the days the clocks change, names the zone in force, and both zones for a range that crosses the change', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST. 25 October 2026: 03:00 CEST becomes 02:00 CET.
    expect(formatEventTime({ start: '2026-03-29T18:00:00Z', durationMinutes: 60, locale: 'nl' })).toBe('zondag 29 maart 2026, 20:00–21:00 (Brusselse tijd, CEST)')
    expect(formatEventTime({ start: '2026-03-29T00:30:00Z', durationMinutes: 60, locale: 'nl' })).toBe('zondag 29 maart 2026, 01:30 CET–03:30 CEST (Brusselse tijd)')
    expect(formatEventTime({ start: '2026-10-25T19:00:00Z', durationMinutes: 60, locale: 'fr' })).toBe('dimanche 25 octobre 2026, 20 h 00 – 21 h 00 (heure de Bruxelles, CET)')
    // The hour that happens twice: only the zone tells them apart.
    expect(formatEventTime({ start: '2026-10-25T00:30:00Z', durationMinutes: 60, locale: 'en' })).toBe('Sunday 25 October 2026, 02:30 CEST–02:30 CET (Brussels time)')
  })

  it('names the end’s day when the event runs past midnight', () => {
    expect(formatEventTime({ start: '2026-12-10T22:30:00Z', durationMinutes: 60, locale: 'en' })).toBe('Thursday 10 December 2026, 23:30–Friday 11 December 2026, 00:30 (Brussels time, CET)')
  })

  it('refuses what is not a time or a duration', () => {
    expect(() => formatEventTime({ start: 'tomorrow', locale: 'nl' })).toThrow(RangeError)
    expect(() => formatEventTime({ start: '2026-12-10T19:00:00Z', durationMinutes: -5, locale: 'nl' })).toThrow(RangeError)
    expect(() => formatEventTime({ start: '2026-12-10T19:00:00Z', durationMinutes: Number.NaN, locale: 'nl' })).toThrow(RangeError)
  })
})

describe('timeZoneOffsetMinutes', () => {
  it('reads the offset around both clock changes', () => {
    const timeZone = 'Europe/Brussels'
    expect(timeZoneOffsetMinutes({ date: new Date('2026-03-29T00:59:59Z'), timeZone })).toBe(60)
    expect(timeZoneOffsetMinutes({ date: new Date('2026-03-29T01:00:00Z'), timeZone })).toBe(120)
    expect(timeZoneOffsetMinutes({ date: new Date('2026-10-25T00:59:59Z'), timeZone })).toBe(120)
    expect(timeZoneOffsetMinutes({ date: new Date('2026-10-25T01:00:00Z'), timeZone })).toBe(60)
    expect(timeZoneOffsetMinutes({ date: new Date('2026-07-01T12:00:00Z'), timeZone: 'America/New_York' })).toBe(-240)
  })
})
