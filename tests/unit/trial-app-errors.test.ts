import { describe, expect, it } from 'vitest'

import { contactCountries, contactProfessions } from '../../cms/contacts/contact-profile'
import { classifyTrialAppAnswer } from '../../integrations/trial-app/classify-trial-app-answer'
import { trialCountries, trialProfessions } from '../../integrations/trial-app/trial-account-schema'
import { TrialAppError } from '../../integrations/trial-app/trial-app-error'

const classify = (status: number, body: unknown, headers: Record<string, string> = {}) => {
  try {
    return classifyTrialAppAnswer({ status, headers: new Headers(headers), text: typeof body === 'string' ? body : JSON.stringify(body) })
  } catch (error) {
    if (!(error instanceof TrialAppError)) throw error
    return { code: error.code, retryable: error.retryable, status: error.status, retryAfterMs: error.retryAfterMs, loginUrl: error.loginUrl, message: error.message }
  }
}

describe('the web application’s answers, classified', () => {
  it('2xx with the contract’s body is the account; any other 2xx body is a retryable invalid answer', () => {
    expect(classify(201, { accountId: 'acc_1', loginUrl: 'https://app.example/login/x', extra: true })).toEqual({ accountId: 'acc_1', loginUrl: 'https://app.example/login/x' })
    expect(classify(200, { accountId: 'acc_1', loginUrl: 'https://app.example/login/x' })).toEqual({ accountId: 'acc_1', loginUrl: 'https://app.example/login/x' })
    expect(classify(201, { accountId: 'acc_1', loginUrl: 'javascript:alert(1)' })).toMatchObject({ code: 'invalid_answer', retryable: true })
    expect(classify(200, '<html>')).toMatchObject({ code: 'invalid_answer', retryable: true })
  })

  it('409 is `exists`, with the login link when given', () => {
    expect(classify(409, { error: 'account_exists', loginUrl: 'https://app.example/login/y' })).toMatchObject({ code: 'exists', retryable: false, loginUrl: 'https://app.example/login/y' })
    expect(classify(409, { error: 'account_exists' })).toMatchObject({ code: 'exists', retryable: false, loginUrl: undefined })
    expect(classify(409, 'not json')).toMatchObject({ code: 'exists', loginUrl: undefined })
  })

  it('5xx, 408 and 429 are retryable, honouring Retry-After; 401 and other 4xx are permanent; redirects are refused', () => {
    expect(classify(500, { error: 'unavailable' })).toMatchObject({ code: 'unavailable', retryable: true, status: 500 })
    expect(classify(503, '', { 'retry-after': '30' })).toMatchObject({ code: 'unavailable', retryable: true, retryAfterMs: 30_000 })
    expect(classify(408, '')).toMatchObject({ code: 'unavailable', retryable: true })
    expect(classify(429, { error: 'rate_limited' }, { 'retry-after': '7' })).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 7000 })
    expect(classify(429, {})).toMatchObject({ code: 'rate_limited', retryAfterMs: 1000 })
    expect(classify(401, { error: 'stale_signature' })).toMatchObject({ code: 'signature_refused', retryable: false })
    expect(classify(400, { error: 'invalid_request' })).toMatchObject({ code: 'rejected', retryable: false, status: 400 })
    expect(classify(422, { error: 'idempotency_conflict' })).toMatchObject({ code: 'rejected', retryable: false })
    expect(classify(302, '')).toMatchObject({ code: 'rejected', retryable: false })
  })

  it('never put the application’s free text in the message (it may quote the address)', () => {
    const refused = classify(400, { error: 'invalid_request', message: 'anna@example.com is not allowed' }) as { message: string }
    expect(refused.message).toBe('trial app 400 invalid_request')
    expect((classify(400, { error: 'anna@example.com' }) as { message: string }).message).toBe('trial app 400 unknown')
  })

  it('the contract’s professions and countries are the contact’s', () => {
    expect([...trialProfessions]).toEqual([...contactProfessions])
    expect([...trialCountries]).toEqual([...contactCountries])
  })
})
