import type { TaskConfig } from 'payload'

/**
 * Payload leaves `retries` undefined (= never retried). Every task of ours gets these unless it says otherwise:
 * 6 attempts with exponential backoff from 5 s (5, 10, 20, 40, 80 s), enough to ride out a provider outage of minutes;
 * after that the job keeps its error and stays visible in the admin as a dead letter.
 */
export const defaultRetries: TaskConfig['retries'] = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 5_000 },
}
