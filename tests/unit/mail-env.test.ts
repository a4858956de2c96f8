import { describe, expect, it } from 'vitest'

import { loadEnv } from '../../config/load-env'

const problems = (source: Record<string, string>): string[] => {
  try {
    loadEnv({ source })
    return []
  } catch (error) {
    return (error as { problems?: string[] }).problems ?? [String(error)]
  }
}

describe('mail settings in the environment', () => {
  it('need a sender with an API key, and a webhook secret in production', () => {
    expect(problems({ RESEND_API_KEY: 're_0123456789abcdef' })).toEqual([expect.stringMatching(/^MAIL_FROM: is required with RESEND_API_KEY/)])
    const production = { APP_ENV: 'production', DATA_ENCRYPTION_KEY: 'q0bGx3Lw7m5Yt1ZfC2nR8kVd4sJp6hUa9eWc0iTo3Xg=', PAYLOAD_SECRET: 'x'.repeat(20) + 'Yz1!abcdefghijklmnopq', RESEND_API_KEY: 're_0123456789abcdef', MAIL_FROM: 'myPlugin <hello@myplugin.app>' }
    expect(problems(production).some((p) => p.startsWith('RESEND_WEBHOOK_SECRET: is required in production'))).toBe(true)
    expect(problems({ ...production, RESEND_WEBHOOK_SECRET: 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=' }).filter((p) => p.startsWith('RESEND'))).toEqual([])
  })

  it('refuse a sender that could inject headers, and malformed keys', () => {
    expect(problems({ MAIL_FROM: 'myPlugin <hello@myplugin.app>\r\nBcc: x@example.com' })[0]).toMatch(/^MAIL_FROM: must be an address/)
    expect(problems({ RESEND_API_KEY: 'sk_live_123' })[0]).toMatch(/^RESEND_API_KEY: must look like re_/)
    expect(problems({ RESEND_WEBHOOK_SECRET: 'secret' })[0]).toMatch(/^RESEND_WEBHOOK_SECRET: must look like whsec_/)
  })

  it('keep a base URL’s path, without its trailing slash', () => {
    expect(loadEnv({ source: { RESEND_BASE_URL: 'http://127.0.0.1:4010/resend/' } }).RESEND_BASE_URL).toBe('http://127.0.0.1:4010/resend')
    expect(loadEnv({ source: { MAIL_FROM: 'hello@myplugin.app' } }).RESEND_MAX_REQUESTS_PER_SECOND).toBe(2)
  })
})
