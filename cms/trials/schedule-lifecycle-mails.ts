import type { Payload, PayloadRequest } from 'payload'

import { lifecycleWindow } from './lifecycle-schedule'
import type { TrialLifecycleStep } from './trial-lifecycle-steps'

const timedSteps = ['day1', 'day7', 'expiring'] as const satisfies readonly TrialLifecycleStep[]

/**
 * Queues a just-opened trial's timed mails for their moments (Payload jobs with waitUntil, inside the caller's
 * transaction so they exist exactly when the trial is active). Steps whose window is empty (a trial shorter than a
 * week) are left out; each job re-checks everything when it runs (see send-trial-lifecycle-mail.ts).
 */
export const scheduleLifecycleMails = async ({ payload, trialKey, provisionedAt, expiresAt, req }: { payload: Payload; trialKey: string; provisionedAt: Date; expiresAt: Date; req?: PayloadRequest }): Promise<TrialLifecycleStep[]> => {
  const scheduled: TrialLifecycleStep[] = []
  for (const step of timedSteps) {
    const { dueAt, until } = lifecycleWindow({ step, provisionedAt, expiresAt })
    if (until.getTime() <= dueAt.getTime()) continue
    await payload.jobs.queue({ task: 'sendTrialLifecycleMail', input: { trial: trialKey, step }, waitUntil: dueAt, req })
    scheduled.push(step)
  }
  return scheduled
}
