import { APIError, type FieldHook } from 'payload'
import { z } from 'zod'

import { pastScheduleMessage } from './past-schedule-message'

// Only what the check reads; the rest of a job passes untouched.
const scheduledJob = z.object({
  taskSlug: z.literal('schedulePublish'),
  input: z.object({ type: z.enum(['publish', 'unpublish']).optional() }).loose().optional(),
})

/**
 * The jobs collection's waitUntil hook: a schedulePublish job created through the collection (REST, GraphQL, the
 * admin's job form, the Local API, or payload.jobs.queue when jobs.runHooks is on) with a date in the past is
 * refused before anything is written. Only on create: the runner later updates jobs whose waitUntil has, by then,
 * rightly passed. A field hook, not a collection hook: Payload warns at every start about collection hooks on the
 * jobs collection without jobs.runHooks (they do run for collection operations, just not for payload.jobs.queue).
 */
export const refusePastSchedule: FieldHook = ({ value, data, operation }) => {
  if (operation !== 'create' || value === undefined || value === null || value === '') return value
  const job = scheduledJob.safeParse(data)
  if (!job.success) return value
  const message = pastScheduleMessage({ type: job.data.input?.type ?? 'publish', date: new Date(value as string | Date) })
  if (message) throw new APIError(message, 400, undefined, true)
  return value
}
