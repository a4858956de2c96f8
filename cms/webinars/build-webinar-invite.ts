import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { z } from 'zod'

import { parseArgs } from './parse-args'
import { zonedDate } from './zoned-date'

/** Webinars are given from Belgium: the invitation keeps their wall clock there, with the rules to convert it. */
const webinarTimeZone = 'Europe/Brussels'

// Any host (localhost and plain addresses too, for development), but only http(s): these end up as links in calendars.
const httpUrl = z.url({ protocol: /^https?$/ }).max(2048)
const finiteDate = z.date().refine((d) => Number.isFinite(d.getTime()), 'a valid date')
// Only printable ASCII without spaces: ical-generator writes the UID as it is, so a line break would start a new property.
const uid = z.string().regex(/^[\x21-\x7e]{1,255}$/, 'printable ASCII without spaces')

const schema = z.object({
  method: z.enum(['REQUEST', 'CANCEL']),
  uid,
  sequence: z.number().int().nonnegative(),
  start: finiteDate,
  durationMinutes: z.number().int().positive().max(24 * 60),
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10_000),
  detailUrl: httpUrl,
  joinUrl: httpUrl.optional(),
  organiser: z.object({ name: z.string().trim().min(1).max(200), email: z.email() }),
  attendee: z.object({ name: z.string().trim().min(1).max(200).optional(), email: z.email() }),
  now: finiteDate.optional(),
})

export type WebinarInviteArgs = z.input<typeof schema>
export type WebinarInvite = { filename: string; contentType: string; content: string }

/**
 * The .ics attached to a webinar mail: an invitation (METHOD:REQUEST) or its cancellation (METHOD:CANCEL). Calendars
 * replace what they hold when the UID is the same and the SEQUENCE higher, so the caller keeps the UID and raises the
 * sequence for every change it sends.
 */
export const buildWebinarInvite = (args: WebinarInviteArgs): WebinarInvite => {
  const input = parseArgs({ operation: 'buildWebinarInvite', schema, args })
  const cancel = input.method === 'CANCEL'
  const end = new Date(input.start.getTime() + input.durationMinutes * 60_000)

  const calendar = ical({
    prodId: { company: 'myPlugin', product: 'Webinars', language: 'EN' },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP as a zoned local time (no Z), which RFC 5545
    // forbids. The event names its zone; the generator adds that zone's VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
  })

  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.now ?? new Date(),
    timezone: webinarTimeZone,
    start: zonedDate({ instant: input.start, timeZone: webinarTimeZone }),
    end: zonedDate({ instant: end, timeZone: webinarTimeZone }),
    summary: input.title,
    description: [input.description.trim(), input.joinUrl, input.detailUrl].filter(Boolean).join('\n\n'),
    // Only confirmed registrants get the join link; the others get the page that tells them how to join.
    location: input.joinUrl ?? null,
    url: input.joinUrl ?? input.detailUrl,
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: input.organiser.name, email: input.organiser.email },
    // RSVP=FALSE: registration happens on the site; a calendar's "accept" would go to the organiser's mailbox unread.
    attendees: [{ name: input.attendee.name, email: input.attendee.email, role: ICalAttendeeRole.REQ, rsvp: false }],
  })

  const method = cancel ? 'CANCEL' : 'REQUEST'
  return {
    filename: cancel ? 'cancel.ics' : 'invite.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves END:VCALENDAR without it.
    content: `${calendar.toString()}\r\n`,
  }
}
