import { parseRetryAfter } from './parse-retry-after'
import type { ProvisionedTrial } from './trial-app-port'
import { TrialAppError } from './trial-app-error'
import { provisionedAnswer, refusalAnswer } from './provision-trial-answer'

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The application's answer to POST /trials, as the contract reads it: 2xx → the account; 409 → `exists`; 429 and
 * 5xx (and 408) → try again later, at least after Retry-After; 401 → our signature was refused; any other status →
 * permanent. zod checks every body we rely on.
 */
export const classifyTrialAppAnswer = ({ status, headers, text }: { status: number; headers: Headers; text: string }): ProvisionedTrial => {
  const body = parseJson(text)
  if (status >= 200 && status < 300) {
    const answer = provisionedAnswer.safeParse(body)
    if (answer.success) return { accountId: answer.data.accountId, loginUrl: answer.data.loginUrl, ...(answer.data.trialEndsAt ? { trialEndsAt: answer.data.trialEndsAt } : {}) }
    throw new TrialAppError({ code: 'invalid_answer', retryable: true, status, message: `trial app ${status}: the body is not { accountId, loginUrl }` })
  }
  const refusal = refusalAnswer.safeParse(body ?? {})
  const code = refusal.success ? refusal.data.error : 'unknown'
  const message = `trial app ${status} ${code}`
  const retryAfterMs = parseRetryAfter({ value: headers.get('retry-after') })
  if (status === 409) return raise({ code: 'exists', retryable: false, status, message, loginUrl: refusal.success ? refusal.data.loginUrl : undefined })
  if (status === 429) return raise({ code: 'rate_limited', retryable: true, status, message, retryAfterMs: retryAfterMs ?? 1000 })
  if (status >= 500 || status === 408) return raise({ code: 'unavailable', retryable: true, status, message, retryAfterMs })
  if (status === 401) return raise({ code: 'signature_refused', retryable: false, status, message })
  return raise({ code: 'rejected', retryable: false, status, message })
}

const raise = (args: ConstructorParameters<typeof TrialAppError>[0]): never => {
  throw new TrialAppError(args)
}
