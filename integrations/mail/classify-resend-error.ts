import { MailSendError } from './mail-send-error'
import { parseRetryAfter } from './parse-retry-after'

type ResendError = { name?: string; message?: string; statusCode?: number | null }

/**
 * Turns the SDK's `{ error, headers }` into our one error type: 429 and 5xx (and network errors) are worth another
 * try later, honouring `retry-after`; a concurrent request with the same key too; every other 4xx is permanent.
 * (MailSendError takes any address out of the provider's text.)
 */
export const classifyResendError = ({ error, headers }: { error: ResendError; headers: Record<string, string> | null }): MailSendError => {
  const status = typeof error.statusCode === 'number' ? error.statusCode : undefined
  const name = error.name ?? 'unknown_error'
  const message = `Resend ${status ?? 'network'} ${name}: ${error.message ?? 'no message'}`
  const retryAfterMs = parseRetryAfter({ headers })
  if (status === undefined) return new MailSendError({ code: 'unavailable', retryable: true, message })
  if (status === 429) return new MailSendError({ code: 'rate_limited', retryable: true, status, retryAfterMs: retryAfterMs ?? 1000, message })
  if (status === 409 && name === 'concurrent_idempotent_requests') return new MailSendError({ code: 'in_progress', retryable: true, status, retryAfterMs: retryAfterMs ?? 1000, message })
  if (status === 409) return new MailSendError({ code: 'idempotency_conflict', retryable: false, status, message })
  if (status >= 500 || status === 408) return new MailSendError({ code: 'unavailable', retryable: true, status, retryAfterMs, message })
  return new MailSendError({ code: 'rejected', retryable: false, status, message })
}
