import { describe, expect, it } from 'vitest'

import { createPreferenceToken } from '../../cms/links/preference-token'
import { createUnsubscribeToken, readUnsubscribeToken } from '../../cms/links/unsubscribe-token'

const secret = 'a-payload-secret-for-unit-tests-0123456789'

describe('unsubscribe tokens', () => {
  it('carry the subscriber and the list, and read back', () => {
    const token = createUnsubscribeToken({ secret, contactRef: 'r42' })
    expect(readUnsubscribeToken({ secret, token })).toEqual({ contactRef: 'r42', list: '*' })
    const forCampaign = createUnsubscribeToken({ secret, contactRef: 'r42', list: 'tips,webinars', campaign: 7 })
    expect(readUnsubscribeToken({ secret, token: forCampaign })).toEqual({ contactRef: 'r42', list: 'tips,webinars', campaign: '7' })
    expect(() => createUnsubscribeToken({ secret, contactRef: 'r42', list: 'Bad List' })).toThrow(/invalid list/)
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/)
    expect(token.length).toBeLessThan(100)
  })

  it('hold no address and nothing URL-unsafe', () => {
    const token = createUnsubscribeToken({ secret, contactRef: '65f1c0ffee' })
    expect(Buffer.from(token.split('.')[0] as string, 'base64url').toString()).not.toContain('@')
    expect(encodeURIComponent(token)).toBe(token)
  })

  it('refuse anything forged, altered, truncated or signed with another secret', () => {
    const token = createUnsubscribeToken({ secret, contactRef: 'r42' })
    const [body, tag] = token.split('.') as [string, string]
    const otherBody = Buffer.from(JSON.stringify({ s: '43', l: 'newsletter' })).toString('base64url')
    for (const forged of [
      `${otherBody}.${tag}`,
      // The tag's first character changed (its last carries padding bits, so changing that one may change nothing).
      `${body}.${tag[0] === 'A' ? 'B' : 'A'}${tag.slice(1)}`,
      body,
      `u1.${body}.${tag}`,
      // A genuine link of another kind (a preference link for the same person) is no unsubscribe link.
      createPreferenceToken({ secret, contactRef: 'r42' }),
      `${token}.x`,
      createUnsubscribeToken({ secret: 'another-secret-0123456789-0123456789', contactRef: 'r42' }),
      '',
      'x'.repeat(600),
    ]) {
      expect(readUnsubscribeToken({ secret, token: forged })).toBeUndefined()
    }
    expect(readUnsubscribeToken({ secret, token: null })).toBeUndefined()
  })
})
