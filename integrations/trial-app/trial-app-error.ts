export type TrialAppErrorCode =
  /** The request never reached the application or no answer came: network error, 5xx, 408. */
  | 'unavailable'
  /** No complete answer within the timeout. The account may exist: retry with the same idempotency key. */
  | 'timeout'
  /** 429: try again after `retryAfterMs`. */
  | 'rate_limited'
  /** 409: this address already has an account; `loginUrl` when the application gave it. */
  | 'exists'
  /** 401: the application refused our signature (wrong secret, clock skew): a setting to fix, not a retry. */
  | 'signature_refused'
  /** Any other 4xx (and redirects): the application will keep refusing this request. */
  | 'rejected'
  /** A 2xx whose body is not the contract's. Retrying is safe (same key, same account) and may meet a fixed deployment. */
  | 'invalid_answer'

/**
 * One error type for every way provisioning can fail. Messages carry the status and the application's error code
 * only, never its free text (which might quote the address): they end up in job logs.
 */
export class TrialAppError extends Error {
  readonly code: TrialAppErrorCode
  readonly retryable: boolean
  readonly status?: number
  readonly retryAfterMs?: number
  readonly loginUrl?: string

  constructor({ code, message, retryable, status, retryAfterMs, loginUrl }: { code: TrialAppErrorCode; message: string; retryable: boolean; status?: number; retryAfterMs?: number; loginUrl?: string }) {
    super(message)
    this.name = 'TrialAppError'
    this.code = code
    this.retryable = retryable
    this.status = status
    this.retryAfterMs = retryAfterMs
    this.loginUrl = loginUrl
  }
}

export const isTrialAppError = (error: unknown): error is TrialAppError => error instanceof TrialAppError
