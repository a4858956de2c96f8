import { classifyTrialAppAnswer } from './classify-trial-app-answer'
import { signTrialMessage } from './sign-trial-message'
import { trialAccountSchema } from './trial-account-schema'
import { TrialAppError } from './trial-app-error'
import type { TrialAppPort } from './trial-app-port'

export type TrialAppSettings = {
  /** The application's provisioning base URL (TRIAL_PROVISIONING_URL); POST {url}/trials. */
  url: string
  /** Standard Webhooks secret (`whsec_…`, TRIAL_PROVISIONING_SECRET) the application checks our signature with. */
  secret: string
  /** A request without a complete answer by then is abandoned as `timeout` (retryable: same key, same account). */
  timeoutMs: number
  /** Injected by tests that need to see or break the transport; the global fetch otherwise. */
  fetch?: typeof globalThis.fetch
}

const idempotencyKeyPattern = /^[A-Za-z0-9_.:-]{1,200}$/

/**
 * The provisioning client: one signed POST per call, no retries of its own (the job queue retries with backoff and
 * the same idempotency key, so an attempt that timed out after the application opened the account finds it again).
 * The key travels in the body, because the signature covers the body and not the headers.
 */
export const createTrialAppClient = ({ url, secret, timeoutMs, fetch = globalThis.fetch }: TrialAppSettings): TrialAppPort => {
  const endpoint = `${url.replace(/\/+$/, '')}/trials`
  return {
    provisionTrial: async ({ idempotencyKey, account }) => {
      const parsed = trialAccountSchema.safeParse(account)
      if (!idempotencyKeyPattern.test(idempotencyKey) || !parsed.success) {
        const fields = parsed.success ? ['idempotencyKey'] : parsed.error.issues.map((issue) => issue.path.join('.'))
        throw new TrialAppError({ code: 'rejected', retryable: false, message: `refused before sending: invalid ${fields.join(', ')}` })
      }
      const body = JSON.stringify({ idempotencyKey, account: parsed.data })
      const signal = AbortSignal.timeout(timeoutMs)
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...signTrialMessage({ secret, body }) },
          body,
          signal,
          // A redirect would turn the POST into a GET elsewhere: a wrong URL is a setting to fix, not to follow.
          redirect: 'manual',
        })
        // The body is read under the same signal: an application that sends headers and then stalls times out too.
        const text = await response.text()
        return classifyTrialAppAnswer({ status: response.status, headers: response.headers, text })
      } catch (error) {
        if (error instanceof TrialAppError) throw error
        if (signal.aborted) throw new TrialAppError({ code: 'timeout', retryable: true, message: `trial app: no answer within ${timeoutMs} ms` })
        const cause = error instanceof Error ? error.cause : undefined
        const reason = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : 'network error'
        throw new TrialAppError({ code: 'unavailable', retryable: true, message: `trial app unreachable: ${reason}` })
      }
    },
  }
}
