import type { Payload } from 'payload'

import { claimOnce } from '../database/claim-once'
import { readDailyJobs } from './daily-jobs'
import { nextDailyRun } from './next-daily-run'

/**
 * Makes sure each daily or recurring task (custom.dailyJobs) has one job waiting for its next run. A job still to run (not
 * completed, not given up) is enough; otherwise one is queued for the next run time. Several instances may check at
 * once: the run time is claimed once across them (claimOnce), so the job is queued once. Returns how many were queued.
 */
export const ensureDailyJobs = async ({ payload, now = new Date() }: { payload: Payload; now?: Date }): Promise<number> => {
  let queued = 0
  for (const job of readDailyJobs({ payload })) {
    const { task } = job
    const waiting = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      overrideAccess: true,
    })
    if (waiting.totalDocs > 0) continue
    // A recurring task's runs fall on fixed slots (multiples of its period), so every instance names the same one.
    const runAt = 'hourUtc' in job ? nextDailyRun({ now, hourUtc: job.hourUtc }) : new Date((Math.floor(now.getTime() / (job.everySeconds * 1000)) + 1) * job.everySeconds * 1000)
    if (!(await claimOnce({ payload, scope: 'daily-job', key: `${task}:${runAt.toISOString()}`, ttlSeconds: 2 * 86_400 }))) continue
    // The task names come from the config as text; Payload's typed queue() knows them only as generated literals.
    const queue = payload.jobs.queue as unknown as (args: { task: string; input: Record<string, never>; waitUntil: Date }) => Promise<unknown>
    await queue({ task, input: {}, waitUntil: runAt })
    queued += 1
  }
  return queued
}
