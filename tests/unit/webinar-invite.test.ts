import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'

import { buildWebinarInvite, type WebinarInviteArgs } from '../../cms/webinars/build-webinar-invite'
import { webinarInviteUid } from '../../cms/webinars/webinar-invite-uid'

const uid = webinarInviteUid({ webinarId: 42, host: 'www.myplugin.app' })

const invite = (overrides: Partial<WebinarInviteArgs> = {}): WebinarInviteArgs => ({
  method: 'REQUEST',
  uid,
  sequence: 0,
  start: new Date('2026-01-15T13:00:00Z'),
  durationMinutes: 90,
  title: 'Webinar: réglez vos campagnes, pas à pas — une heure et demie de démonstration en direct',
  description: 'What we show, and how to prepare.\nBring your questions; we answer them live.',
  detailUrl: 'https://www.myplugin.app/en/webinars/42',
  organiser: { name: 'myPlugin', email: 'webinars@myplugin.app' },
  attendee: { name: 'Ann Peeters', email: 'ann@example.com' },
  now: new Date('2025-12-01T10:00:00Z'),
  ...overrides,
})

/** Parses the .ics the way a calendar would: the VTIMEZONE it carries is what turns TZID wall clocks into instants. */
const parse = (content: string) => {
  const calendar = new ICAL.Component(ICAL.parse(content))
  const vtimezone = calendar.getFirstSubcomponent('vtimezone')
  if (!vtimezone) throw new Error('no VTIMEZONE')
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone))
  const event = calendar.getFirstSubcomponent('vevent')
  if (!event) throw new Error('no VEVENT')
  const time = (name: string) => event.getFirstPropertyValue(name) as ICAL.Time
  return { calendar, vtimezone, event, time }
}

const mailto = (value: unknown) => String(value).toLowerCase()

afterEach(() => {
  ICAL.TimezoneService.reset()
})

describe('buildWebinarInvite', () => {
  it('writes an invitation calendars can file: method, stable UID, sequence, stamp, organiser, attendee', () => {
    const built = buildWebinarInvite(invite())
    expect(built.filename).toBe('invite.ics')
    expect(built.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST')

    const { calendar, event, time } = parse(built.content)
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    expect(calendar.getFirstPropertyValue('prodid')).toContain('myPlugin')
    expect(event.getFirstPropertyValue('uid')).toBe('webinar-42@www.myplugin.app')
    expect(event.getFirstPropertyValue('sequence')).toBe(0)
    expect(time('dtstamp').toJSDate().toISOString()).toBe('2025-12-01T10:00:00.000Z')
    // RFC 5545: DTSTAMP is in UTC, never a zoned or floating local time.
    expect(built.content).toContain('\r\nDTSTAMP:20251201T100000Z\r\n')
    expect(event.getFirstPropertyValue('summary')).toBe(invite().title)
    expect(event.getFirstPropertyValue('description')).toContain('Bring your questions; we answer them live.')
    expect(event.getFirstPropertyValue('description')).toContain('https://www.myplugin.app/en/webinars/42')

    const organizer = event.getFirstProperty('organizer')
    expect(mailto(organizer?.getFirstValue())).toBe('mailto:webinars@myplugin.app')
    expect(organizer?.getParameter('cn')).toBe('myPlugin')
    const attendee = event.getFirstProperty('attendee')
    expect(mailto(attendee?.getFirstValue())).toBe('mailto:ann@example.com')
    expect(attendee?.getParameter('cn')).toBe('Ann Peeters')
    expect(attendee?.getParameter('rsvp')).toBe('FALSE')
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED')
  })

  it('gives the times as a Brussels wall clock, with the VTIMEZONE that converts winter (CET) and summer (CEST) times', () => {
    const winter = parse(buildWebinarInvite(invite({ start: new Date('2026-01-15T13:00:00Z') })).content)
    expect(winter.vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Brussels')
    expect(winter.event.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Brussels')
    expect(winter.time('dtstart').toString()).toBe('2026-01-15T14:00:00')
    expect(winter.time('dtstart').toJSDate().toISOString()).toBe('2026-01-15T13:00:00.000Z')
    expect(winter.event.getFirstProperty('dtend')?.getParameter('tzid')).toBe('Europe/Brussels')
    expect(winter.time('dtend').toJSDate().toISOString()).toBe('2026-01-15T14:30:00.000Z')

    const summer = parse(buildWebinarInvite(invite({ start: new Date('2026-07-02T08:30:00Z'), durationMinutes: 45 })).content)
    expect(summer.time('dtstart').toString()).toBe('2026-07-02T10:30:00')
    expect(summer.time('dtstart').toJSDate().toISOString()).toBe('2026-07-02T08:30:00.000Z')
    expect(summer.time('dtend').toJSDate().toISOString()).toBe('2026-07-02T09:15:00.000Z')
  })

  it('ends at start + duration across the switch to summer time (the wall clock jumps an hour)', () => {
    // 29 March 2026: 00:30 UTC is 01:30 CET; an hour later it is 03:30 CEST, as clocks jump from 02:00 to 03:00.
    const { time } = parse(buildWebinarInvite(invite({ start: new Date('2026-03-29T00:30:00Z'), durationMinutes: 60 })).content)
    expect(time('dtstart').toString()).toBe('2026-03-29T01:30:00')
    expect(time('dtend').toString()).toBe('2026-03-29T03:30:00')
    expect(time('dtend').toJSDate().getTime() - time('dtstart').toJSDate().getTime()).toBe(60 * 60_000)
  })

  describe('whatever time zone the server process runs in', () => {
    const original = process.env.TZ
    afterEach(() => {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    })

    it('writes the same Brussels wall clock', () => {
      process.env.TZ = 'UTC'
      const inUtc = buildWebinarInvite(invite()).content
      process.env.TZ = 'America/New_York'
      const inNewYork = buildWebinarInvite(invite()).content
      process.env.TZ = 'Asia/Kolkata'
      const inKolkata = buildWebinarInvite(invite()).content
      expect(inNewYork).toBe(inUtc)
      expect(inKolkata).toBe(inUtc)
      expect(inUtc).toContain('\r\nDTSTART;TZID=Europe/Brussels:20260115T140000\r\n')
    })
  })

  it('puts the join URL in LOCATION, URL and the description only when it is given', () => {
    const joinUrl = 'https://meet.example.com/j/8412?pwd=k3y'
    const confirmed = parse(buildWebinarInvite(invite({ joinUrl })).content).event
    expect(confirmed.getFirstPropertyValue('location')).toBe(joinUrl)
    expect(confirmed.getFirstPropertyValue('url')).toBe(joinUrl)
    expect(confirmed.getFirstPropertyValue('description')).toContain(joinUrl)

    const content = buildWebinarInvite(invite()).content
    const registered = parse(content).event
    expect(content).not.toContain('meet.example.com')
    expect(registered.getFirstPropertyValue('location')).toBeNull()
    expect(registered.getFirstPropertyValue('url')).toBe('https://www.myplugin.app/en/webinars/42')
  })

  it('cancels with the same UID, the raised sequence and STATUS:CANCELLED', () => {
    const built = buildWebinarInvite(invite({ method: 'CANCEL', sequence: 3 }))
    expect(built.filename).toBe('cancel.ics')
    expect(built.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL')
    const { calendar, event } = parse(built.content)
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(event.getFirstPropertyValue('uid')).toBe(uid)
    expect(event.getFirstPropertyValue('sequence')).toBe(3)
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  it('uses CRLF line endings and folds lines at 75 octets (multi-byte characters included)', () => {
    const name = 'Zoë Ünal-Ğürsoy 🎓'.repeat(4)
    const { content } = buildWebinarInvite(invite({ joinUrl: `https://meet.example.com/j/${'9'.repeat(120)}`, attendee: { name, email: 'zoe@example.com' } }))
    expect(content.endsWith('\r\n')).toBe(true)
    expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = content.split('\r\n')
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    // Folding must not split a character: unfolded, the name reads as it was given.
    expect(parse(content).event.getFirstProperty('attendee')?.getParameter('cn')).toBe(name)
  })

  it('refuses bad input with a clear error', () => {
    expect(() => buildWebinarInvite(invite({ start: new Date('nope') }))).toThrow(/buildWebinarInvite: invalid arguments \(start/)
    expect(() => buildWebinarInvite(invite({ durationMinutes: 0 }))).toThrow(/durationMinutes/)
    expect(() => buildWebinarInvite(invite({ durationMinutes: -30 }))).toThrow(/durationMinutes/)
    expect(() => buildWebinarInvite(invite({ durationMinutes: 24 * 60 + 1 }))).toThrow(/durationMinutes/)
    expect(() => buildWebinarInvite(invite({ durationMinutes: Number.NaN }))).toThrow(/durationMinutes/)
    expect(() => buildWebinarInvite(invite({ title: '   ' }))).toThrow(/title/)
    expect(() => buildWebinarInvite(invite({ detailUrl: 'javascript:alert(1)' }))).toThrow(/detailUrl/)
    expect(() => buildWebinarInvite(invite({ joinUrl: 'ftp://meet.example.com/x' }))).toThrow(/joinUrl/)
    expect(() => buildWebinarInvite(invite({ uid: 'webinar-42\r\nMETHOD:PUBLISH' }))).toThrow(/uid/)
    expect(() => buildWebinarInvite(invite({ sequence: -1 }))).toThrow(/sequence/)
    expect(() => buildWebinarInvite(invite({ attendee: { email: 'not an address' } }))).toThrow(/attendee\.email/)
    expect(() => buildWebinarInvite(invite({ now: new Date(Number.NaN) }))).toThrow(/now/)
    // @ts-expect-error a method calendars would not treat as an invitation
    expect(() => buildWebinarInvite(invite({ method: 'PUBLISH' }))).toThrow(/method/)
  })
})

describe('webinarInviteUid', () => {
  it('is stable per webinar and host', () => {
    expect(webinarInviteUid({ webinarId: 42, host: 'www.myplugin.app' })).toBe('webinar-42@www.myplugin.app')
    expect(
      webinarInviteUid({
        webinarId: '6650f0c2a1b2c3d4e5f60718',
        host: 'WWW.MyPlugin.app',
      }),
    ).toBe('webinar-6650f0c2a1b2c3d4e5f60718@www.myplugin.app')
  })
  it('refuses a host with a scheme or an id that is no id', () => {
    expect(() => webinarInviteUid({ webinarId: 42, host: 'https://www.myplugin.app' })).toThrow(/host/)
    expect(() => webinarInviteUid({ webinarId: '42@evil', host: 'www.myplugin.app' })).toThrow(/webinarId/)
  })
})
