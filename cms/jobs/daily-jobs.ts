import type { Payload } from 'payload'
import { z } from 'zod'

const dailyJobs = z.array(z.union([z.object({ task: z.string().min(1), hourUtc: z.number().int().min(0).max(23) }), z.object({ task: z.string().min(1), everySeconds: z.number().int().min(10).max(86_400) })]))

export type DailyJob = z.infer<typeof dailyJobs>[number]

/**
 * The tasks that run once a day (`hourUtc`) or every so many seconds (`everySeconds`, e.g. the CRM sync), as the
 * wiring file lists them on the config's `custom.dailyJobs` (server-only).
 * Payload's own `schedule` is not used: it needs its `payload-jobs-stats` global, which every signed-in user may
 * update by default, and a caller of `handleSchedules`; our runner queues these itself (ensure-daily-jobs.ts).
 */
export const readDailyJobs = ({ payload }: { payload: Payload }): DailyJob[] =>
  dailyJobs.parse((payload.config.custom as { dailyJobs?: unknown } | undefined)?.dailyJobs ?? [])
