import { z } from 'zod'

import { parseArgs } from './parse-args'

const schema = z.object({
  webinarId: z.union([z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.number().int().nonnegative()]),
  host: z.string().regex(/^[a-z0-9.-]{1,253}$/i, 'a host name, without scheme or port'),
})

/**
 * One UID per webinar, the same in every invitation and cancellation: calendars match an update or a cancellation to
 * the event they already hold by UID, so a new UID would add a second event instead.
 */
export const webinarInviteUid = (args: { webinarId: string | number; host: string }): string => {
  const { webinarId, host } = parseArgs({ operation: 'webinarInviteUid', schema, args })
  return `webinar-${webinarId}@${host.toLowerCase()}`
}
