import { redactAddresses } from './redact-addresses'

export type MailSendErrorCode =
  /** Refused before it reached the provider: bad address, header injection, oversized, … */
  | 'invalid_message'
  /** 429: too many requests (or a quota); try again after `retryAfterMs`. */
  | 'rate_limited'
  /** 5xx, timeouts, network errors: the provider may be down; try again later. */
  | 'unavailable'
  /** The same idempotency key is still being processed (409 concurrent_idempotent_requests). */
  | 'in_progress'
  /** The key was used before with other content (409 invalid_idempotent_request). */
  | 'idempotency_conflict'
  /** Any other 4xx: the provider will keep refusing this request. */
  | 'rejected'

/**
 * One error type for every way a send can fail. Messages never contain addresses (they end up in job logs): the
 * constructor takes out any a provider's text quoted.
 * `retryable` decides between "try again later" (the job queue's backoff, at least `retryAfterMs`) and "dead letter".
 */
export class MailSendError extends Error {
  readonly code: MailSendErrorCode
  readonly retryable: boolean
  readonly status?: number
  readonly retryAfterMs?: number

  constructor({ code, message, retryable, status, retryAfterMs }: { code: MailSendErrorCode; message: string; retryable: boolean; status?: number; retryAfterMs?: number }) {
    super(redactAddresses(message))
    this.name = 'MailSendError'
    this.code = code
    this.retryable = retryable
    this.status = status
    this.retryAfterMs = retryAfterMs
  }
}

export const isMailSendError = (error: unknown): error is MailSendError => error instanceof MailSendError
