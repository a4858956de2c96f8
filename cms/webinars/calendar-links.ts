import { z } from 'zod'

import { parseArgs } from './parse-args'

const schema = z.object({
  title: z.string().trim().min(1).max(300),
  start: z.date().refine((d) => Number.isFinite(d.getTime()), 'a valid date'),
  durationMinutes: z.number().int().positive().max(24 * 60),
  details: z.string().max(5_000),
  location: z.string().trim().max(2_048).optional(),
})

export type CalendarLinksArgs = z.input<typeof schema>
export type CalendarLinks = { google: string; outlook: string; office365: string }

/** 2026-01-15T13:00:00.000Z → 20260115T130000Z, the UTC form Google's `dates` takes. */
const compactUtc = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')
/** Outlook takes ISO 8601; the milliseconds are dropped only to keep the link short. */
const isoUtc = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * URLSearchParams writes a space as `+`, and Outlook on the web is known to show that `+` literally in the subject and
 * body. A `+` in the text itself is already `%2B`, so every `+` left is a space and `%20` says the same to everyone.
 */
const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  return search.toString().replace(/\+/g, '%20')
}

/**
 * "Add to calendar" links for the webinar mails, next to the .ics: Google Calendar, Outlook.com and Microsoft 365 open
 * a filled-in new event. Times are given in UTC, so the calendar shows them in its user's own time zone. For confirmed
 * registrants the join URL can be the location.
 */
export const calendarLinks = (args: CalendarLinksArgs): CalendarLinks => {
  const { title, start, durationMinutes, details, location } = parseArgs({ operation: 'calendarLinks', schema, args })
  const end = new Date(start.getTime() + durationMinutes * 60_000)
  const googleQuery = query({ action: 'TEMPLATE', text: title, dates: `${compactUtc(start)}/${compactUtc(end)}`, details, location })
  const outlookQuery = query({ subject: title, startdt: isoUtc(start), enddt: isoUtc(end), body: details, location })
  return {
    google: `https://calendar.google.com/calendar/render?${googleQuery}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${outlookQuery}`,
    office365: `https://outlook.office.com/calendar/0/action/compose?${outlookQuery}`,
  }
}
