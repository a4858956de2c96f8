import { retryDelayMs } from './retry-delay-ms'

/**
 * Moves a failed job's waitUntil to the capped backoff, unless something asked for later already (a provider's
 * retry-after, see cms/mail/to-job-error.ts). Payload then keeps the later of this and its own backoff.
 */
export const scheduleCappedRetry = ({ job, tried, now = Date.now() }: { job: { waitUntil?: string | null }; tried: number; now?: number }): void => {
  const at = now + retryDelayMs({ tried })
  const asked = job.waitUntil ? new Date(job.waitUntil).getTime() : Number.NaN
  if (!(asked > at)) job.waitUntil = new Date(at).toISOString()
}
