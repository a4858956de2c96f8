import { z } from 'zod'

import { httpUrl } from './http-url'

/**
 * The fields every webinar mail describes its webinar with. `start` is an ISO instant (with Z or an offset): the
 * mail says it in Brussels time itself (config/format-event-time.ts), so callers never pre-format a time.
 */
export const webinarFields = {
  title: z.string().trim().min(1).max(200),
  start: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(1).max(24 * 60),
  /** "Add to calendar" links, built by the caller from the same event as the attached invitation. */
  calendar: z.object({ google: httpUrl, outlook: httpUrl }),
}
