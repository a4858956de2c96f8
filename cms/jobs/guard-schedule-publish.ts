import { z } from 'zod'

import { pastScheduleMessage } from './past-schedule-message'

// The admin's schedule drawer sends these to the 'schedule-publish' server function; a delete carries deleteID.
const scheduleArgs = z.object({
  type: z.enum(['publish', 'unpublish']).optional(),
  date: z.union([z.date(), z.string()]).optional(),
  deleteID: z.union([z.string(), z.number()]).optional(),
})

/**
 * The admin's schedule drawer queues its job with payload.jobs.queue, which writes to the database directly (no
 * collection hooks unless jobs.runHooks), so its server function is checked here, before Payload queues anything.
 * Returns the server function's error result for a past (or missing) date, undefined for anything else.
 */
export const guardSchedulePublish = ({ name, args }: { name: string; args: unknown }): { error: string } | undefined => {
  if (name !== 'schedule-publish') return undefined
  const parsed = scheduleArgs.safeParse(args)
  if (!parsed.success) return { error: 'The schedule request is malformed; nothing was scheduled.' }
  const { type = 'publish', date, deleteID } = parsed.data
  // Removing an upcoming event carries no date.
  if (deleteID !== undefined && date === undefined) return undefined
  if (date === undefined) return { error: `Pick a date and time for the scheduled ${type}; nothing was scheduled.` }
  const message = pastScheduleMessage({ type, date: new Date(date) })
  return message ? { error: message } : undefined
}
