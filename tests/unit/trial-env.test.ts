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

const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`
const production = { APP_ENV: 'production', DATA_ENCRYPTION_KEY: 'q0bGx3Lw7m5Yt1ZfC2nR8kVd4sJp6hUa9eWc0iTo3Xg=', PAYLOAD_SECRET: 'x'.repeat(20) + 'Yz1!abcdefghijklmnopq' }

describe('trial provisioning settings in the environment', () => {
  it('are optional, with a 10 s timeout, and keep the URL’s path without its trailing slash', () => {
    const env = loadEnv({ source: {} })
    expect(env.TRIAL_PROVISIONING_URL).toBeUndefined()
    expect(env.TRIAL_PROVISIONING_TIMEOUT_MS).toBe(10_000)
    expect(loadEnv({ source: { TRIAL_PROVISIONING_URL: 'https://app.myplugin.app/provisioning/', TRIAL_PROVISIONING_SECRET: secret } }).TRIAL_PROVISIONING_URL).toBe('https://app.myplugin.app/provisioning')
  })

  it('need a signing secret with a URL, and the webhook secret too in production', () => {
    expect(problems({ TRIAL_PROVISIONING_URL: 'https://app.myplugin.app' })).toEqual([expect.stringMatching(/^TRIAL_PROVISIONING_SECRET: is required with TRIAL_PROVISIONING_URL/)])
    const withUrl = { ...production, TRIAL_PROVISIONING_URL: 'https://app.myplugin.app', TRIAL_PROVISIONING_SECRET: secret }
    expect(problems(withUrl)).toEqual([expect.stringMatching(/^TRIAL_WEBHOOK_SECRET: is required in production/)])
    expect(problems({ ...withUrl, TRIAL_WEBHOOK_SECRET: `whsec_${Buffer.alloc(32, 9).toString('base64')}` })).toEqual([])
  })

  it('refuse secrets that are not Standard Webhooks secrets of 24+ bytes, a URL that is not http(s), a silly timeout', () => {
    expect(problems({ TRIAL_PROVISIONING_SECRET: 'hunter2' })[0]).toMatch(/^TRIAL_PROVISIONING_SECRET: must be whsec_ followed by at least 24 random bytes/)
    expect(problems({ TRIAL_WEBHOOK_SECRET: `whsec_${Buffer.alloc(16).toString('base64')}` })[0]).toMatch(/^TRIAL_WEBHOOK_SECRET: must be whsec_/)
    expect(problems({ TRIAL_PROVISIONING_URL: 'ftp://app.myplugin.app', TRIAL_PROVISIONING_SECRET: secret })[0]).toMatch(/^TRIAL_PROVISIONING_URL: must be an http\(s\) URL/)
    expect(problems({ TRIAL_PROVISIONING_TIMEOUT_MS: '50' })[0]).toMatch(/^TRIAL_PROVISIONING_TIMEOUT_MS: must be a whole number from 1000 to 120000/)
  })

  it('leave the stand-in marker to npm start outside production, and refuse it in production', () => {
    expect(loadEnv({ source: {} }).TRIAL_PROVISIONING_STAND_IN).toBe(false)
    expect(problems({ TRIAL_PROVISIONING_STAND_IN: 'true' })).toEqual([])
    expect(problems({ ...production, TRIAL_PROVISIONING_STAND_IN: 'true' })).toEqual([expect.stringMatching(/^TRIAL_PROVISIONING_STAND_IN: is for development only/)])
  })
})
