import type { TaskConfig } from 'payload'

import { scheduleCappedRetry } from './schedule-capped-retry'

/**
 * Every task's onFail: Payload calls it with the job it is about to save after a failed attempt, before it adds its
 * own (small, fixed) backoff, so the capped wait set here is the one that counts. `taskStatus.totalTried` counts the
 * attempts before this one.
 */
export const cappedRetryOnFail: NonNullable<TaskConfig['onFail']> = ({ job, taskStatus }) => {
  scheduleCappedRetry({ job, tried: taskStatus?.totalTried ?? job.totalTried ?? 0 })
}
