import type { TrialLifecycleStep } from './trial-lifecycle-steps'

const day = 24 * 3_600_000

type Timed = { provisionedAt: Date; expiresAt: Date }

/**
 * When each timed step is due, and until when it still makes sense: tips from day 1 until the check-in is due, the
 * check-in from day 7 until the ending warning is due, the warning from two days before the end until the end. A
 * step whose moment passed while the queue was down (or whose window is empty in a short trial) is skipped rather
 * than sent late next to the following one. `expired` is not timed: the application's webhook starts it.
 */
export const lifecycleWindow = ({ step, provisionedAt, expiresAt }: Timed & { step: Exclude<TrialLifecycleStep, 'expired'> }): { dueAt: Date; until: Date } => {
  const warnAt = new Date(expiresAt.getTime() - 2 * day)
  const day1 = new Date(provisionedAt.getTime() + day)
  const day7 = new Date(provisionedAt.getTime() + 7 * day)
  if (step === 'day1') return { dueAt: day1, until: new Date(Math.min(day7.getTime(), warnAt.getTime())) }
  if (step === 'day7') return { dueAt: day7, until: warnAt }
  return { dueAt: warnAt, until: expiresAt }
}

/** How long after the application reported the end its "expired" mail may still go (a queue down for days). */
export const expiredMailGraceMs = 7 * day

/** The trial's end: the application's date when it gave one, else the configured trial length from provisioning. */
export const trialEnd = ({ provisionedAt, trialEndsAt, trialDays }: { provisionedAt: Date; trialEndsAt?: string | null; trialDays: number }): Date =>
  trialEndsAt ? new Date(trialEndsAt) : new Date(provisionedAt.getTime() + trialDays * day)
