import type { TaskConfig } from 'payload'

/**
 * How often a task is retried before its job keeps its error as a dead letter: enough for the capped backoff of
 * retry-delay-ms.ts (5 s doubling to 10 minutes) to span about 80 minutes, so a provider outage of an hour does not
 * turn queued mail into dead letters.
 */
export const retryAttempts = 14

/**
 * Payload leaves `retries` undefined (= never retried). Every task of ours gets these unless it says otherwise,
 * together with `onFail: cappedRetryOnFail`. Payload 3.90's exponential backoff has no cap (its 14th wait would be
 * 11 hours), so Payload's own backoff stays a small fixed one and the real wait is the capped one the onFail hook
 * stores in the job's waitUntil: Payload keeps the later of the two.
 */
export const defaultRetries: TaskConfig['retries'] = {
  attempts: retryAttempts,
  backoff: { type: 'fixed', delay: 5_000 },
}
