import { describe, expect, it } from 'vitest'

import { advanceMailStatus } from '../../cms/mail/mail-status'
import { classifyResendError } from '../../integrations/mail/classify-resend-error'
import { parseRetryAfter } from '../../integrations/mail/parse-retry-after'
import { redactAddresses } from '../../integrations/mail/redact-addresses'

const classify = (statusCode: number | null, name: string, headers: Record<string, string> | null = null) => classifyResendError({ error: { statusCode, name, message: 'm' }, headers })

describe('Resend errors', () => {
  it('429 and 5xx are retried later, honouring retry-after; other 4xx are permanent', () => {
    expect(classify(429, 'rate_limit_exceeded', { 'retry-after': '3' })).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 3000 })
    expect(classify(429, 'daily_quota_exceeded', { 'Retry-After': '3600' })).toMatchObject({ retryable: true, retryAfterMs: 3_600_000 })
    expect(classify(503, 'application_error')).toMatchObject({ code: 'unavailable', retryable: true, retryAfterMs: undefined })
    expect(classify(500, 'internal_server_error', { 'retry-after': '10' })).toMatchObject({ retryable: true, retryAfterMs: 10_000 })
    expect(classify(null, 'application_error')).toMatchObject({ code: 'unavailable', retryable: true })
    expect(classify(409, 'concurrent_idempotent_requests')).toMatchObject({ code: 'in_progress', retryable: true })
    expect(classify(409, 'invalid_idempotent_request')).toMatchObject({ code: 'idempotency_conflict', retryable: false })
    for (const [status, name] of [
      [422, 'validation_error'],
      [403, 'invalid_from_address'],
      [401, 'missing_api_key'],
      [400, 'invalid_idempotency_key'],
    ] as const) {
      expect(classify(status, name)).toMatchObject({ code: 'rejected', retryable: false, status })
    }
  })

  it('never carry an address into logs', () => {
    const error = classifyResendError({ error: { statusCode: 403, name: 'validation_error', message: 'You can only send testing emails to your own email address (owner@example.com).' }, headers: null })
    expect(error.message).not.toContain('owner@example.com')
    expect(redactAddresses('to <a.b+c@d.example> and e@f.be')).toBe('to <‹address›> and ‹address›')
  })

  it('read retry-after as seconds or a date, else ratelimit-reset', () => {
    const now = Date.parse('2026-11-24T12:00:00Z')
    expect(parseRetryAfter({ headers: { 'retry-after': '2' }, now })).toBe(2000)
    expect(parseRetryAfter({ headers: { 'retry-after': 'Tue, 24 Nov 2026 12:00:30 GMT' }, now })).toBe(30_000)
    expect(parseRetryAfter({ headers: { 'ratelimit-reset': '1' }, now })).toBe(1000)
    expect(parseRetryAfter({ headers: { 'retry-after': 'soon' }, now })).toBeUndefined()
    expect(parseRetryAfter({ headers: null })).toBeUndefined()
  })
})

describe('message status', () => {
  it('only moves forward, whatever order the events arrive in', () => {
    expect(advanceMailStatus({ current: 'queued', next: 'sent' })).toBe('sent')
    expect(advanceMailStatus({ current: 'opened', next: 'delivered' })).toBe('opened')
    expect(advanceMailStatus({ current: 'delivered', next: 'bounced' })).toBe('bounced')
    expect(advanceMailStatus({ current: 'bounced', next: 'complained' })).toBe('complained')
    expect(advanceMailStatus({ current: 'delivered', next: 'sent' })).toBe('delivered')
    expect(advanceMailStatus({ current: 'failed', next: 'queued' })).toBe('queued')
    expect(advanceMailStatus({ current: 'suppressed', next: 'sent' })).toBe('sent')
    expect(advanceMailStatus({ current: 'sent', next: 'suppressed' })).toBe('suppressed')
  })
})
