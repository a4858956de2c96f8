import { describe, expect, it } from 'vitest'

import { calendarLinks, type CalendarLinksArgs } from '../../cms/webinars/calendar-links'

const args = (overrides: Partial<CalendarLinksArgs> = {}): CalendarLinksArgs => ({
  title: 'Webinar: campagnes & suivi + Q&A — 100% en direct',
  start: new Date('2026-01-15T13:00:00Z'),
  durationMinutes: 90,
  details: 'Line one\nhttps://www.myplugin.app/en/webinars/42?a=1&b=2',
  location: 'https://meet.example.com/j/8412?pwd=k3y',
  ...overrides,
})

describe('calendarLinks', () => {
  it('fills in a Google Calendar template with UTC times', () => {
    const url = new URL(calendarLinks(args()).google)
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render')
    expect(url.searchParams.get('action')).toBe('TEMPLATE')
    expect(url.searchParams.get('text')).toBe(args().title)
    expect(url.searchParams.get('dates')).toBe('20260115T130000Z/20260115T143000Z')
    expect(url.searchParams.get('details')).toBe(args().details)
    expect(url.searchParams.get('location')).toBe('https://meet.example.com/j/8412?pwd=k3y')
  })

  it('fills in Outlook.com and Microsoft 365 compose links with ISO UTC times', () => {
    const links = calendarLinks(args({ start: new Date('2026-07-02T08:30:00Z'), durationMinutes: 45 }))
    for (const [link, origin] of [
      [links.outlook, 'https://outlook.live.com'],
      [links.office365, 'https://outlook.office.com'],
    ] as const) {
      const url = new URL(link)
      expect(url.origin).toBe(origin)
      expect(url.pathname).toBe('/calendar/0/action/compose')
      expect(url.searchParams.get('subject')).toBe(args().title)
      expect(url.searchParams.get('startdt')).toBe('2026-07-02T08:30:00Z')
      expect(url.searchParams.get('enddt')).toBe('2026-07-02T09:15:00Z')
      expect(url.searchParams.get('body')).toBe(args().details)
      expect(url.searchParams.get('location')).toBe('https://meet.example.com/j/8412?pwd=k3y')
    }
  })

  it('encodes the text so nothing in it becomes a parameter, and spaces as %20 (Outlook shows a + literally)', () => {
    const { google, outlook } = calendarLinks(args())
    for (const link of [google, outlook]) {
      const query = new URL(link).search
      expect(query).not.toContain('+')
      expect(query).toContain('Webinar%3A%20campagnes%20%26%20suivi%20%2B%20Q%26A')
    }
  })

  it('leaves the location out when there is none', () => {
    const links = calendarLinks(args({ location: undefined }))
    expect(new URL(links.google).searchParams.has('location')).toBe(false)
    expect(new URL(links.office365).searchParams.has('location')).toBe(false)
  })

  it('refuses bad input', () => {
    expect(() => calendarLinks(args({ start: new Date('nope') }))).toThrow(/calendarLinks: invalid arguments \(start/)
    expect(() => calendarLinks(args({ durationMinutes: 0 }))).toThrow(/durationMinutes/)
    expect(() => calendarLinks(args({ durationMinutes: 24 * 60 + 1 }))).toThrow(/durationMinutes/)
    expect(() => calendarLinks(args({ title: '' }))).toThrow(/title/)
  })
})
