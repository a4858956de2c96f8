import { describe, expect, it } from 'vitest'

import { createAltchaChallenge } from '../../cms/contacts/altcha-challenge'
import { createConfirmToken, readConfirmToken } from '../../cms/links/confirm-token'
import { isDisposableAddress } from '../../cms/contacts/disposable-domains'
import { createFormStamp, readFormStamp } from '../../cms/contacts/form-stamp'
import { maskEmail } from '../../cms/contacts/mask-email'
import { parseSubscriptionForm } from '../../cms/contacts/subscription-form'
import { verifyAltchaPayload } from '../../cms/contacts/verify-altcha-payload'
import { createPreferenceToken, readPreferenceToken } from '../../cms/links/preference-token'

const secret = 'a-payload-secret-for-unit-tests-0123456789'
const valid = { email: ' Ann@Example.BE ', name: 'Ann', lists: ['newsletter', 'webinars'], locale: 'fr', consent: 'yes', tracking: 'yes', mp_c: '12' }

describe('the sign-up form', () => {
  it('accepts a proper sign-up, normalising the address', () => {
    const parsed = parseSubscriptionForm({ form: valid, fallbackLocale: 'nl' })
    expect(parsed).toMatchObject({ ok: true, request: { email: 'ann@example.be', name: 'Ann', lists: ['newsletter', 'webinars'], locale: 'fr', tracking: true, campaign: '12' } })
  })

  it('names each problem and keeps what the person typed', () => {
    const parsed = parseSubscriptionForm({ form: { email: 'ann@', name: 'Ann', lists: [], consent: '' }, fallbackLocale: 'nl' })
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.sort()).toEqual(['consent-required', 'email-invalid', 'lists-none'])
    expect(parsed.values).toMatchObject({ email: 'ann@', name: 'Ann', locale: 'nl' })
  })

  it.each(['ann', 'ann@example', 'a b@example.com', 'ann@exa mple.com', '<x>@example.com', `${'a'.repeat(65)}@example.com`])('refuses the malformed address %s', (email) => {
    expect(parseSubscriptionForm({ form: { ...valid, email }, fallbackLocale: 'nl' })).toMatchObject({ ok: false, errors: ['email-invalid'] })
  })

  it('refuses throw-away addresses, subdomains included, and nothing else', () => {
    expect(isDisposableAddress({ email: 'x@mailinator.com' })).toBe(true)
    expect(isDisposableAddress({ email: 'x@eu.yopmail.com' })).toBe(true)
    expect(isDisposableAddress({ email: 'x@gmail.com' })).toBe(false)
    expect(isDisposableAddress({ email: 'x@notmailinator.com' })).toBe(false)
    expect(parseSubscriptionForm({ form: { ...valid, email: 'x@guerrillamail.com' }, fallbackLocale: 'nl' })).toMatchObject({ ok: false, errors: ['email-disposable'] })
  })

  it('ignores a malformed campaign parameter and markup in the name', () => {
    expect(parseSubscriptionForm({ form: { ...valid, mp_c: '1;drop' }, fallbackLocale: 'nl' })).toMatchObject({ ok: true, request: { campaign: undefined } })
    expect(parseSubscriptionForm({ form: { ...valid, name: '<script>' }, fallbackLocale: 'nl' }).ok).toBe(false)
  })

  it('masks an address', () => {
    expect(maskEmail({ email: 'ann@example.com' })).toBe('a••@example.com')
  })
})

describe('bot checks', () => {
  it('a form stamp must be at least 3 s old, signed, and not stale', () => {
    const now = new Date('2026-12-01T10:00:00Z')
    const stamp = createFormStamp({ secret, now })
    expect(readFormStamp({ secret, stamp, now: new Date(now.getTime() + 1_000) })).toEqual({ state: 'too-early' })
    expect(readFormStamp({ secret, stamp, now: new Date(now.getTime() + 4_000) })).toMatchObject({ state: 'fresh' })
    expect(readFormStamp({ secret, stamp, now: new Date(now.getTime() + 3 * 3_600_000) })).toEqual({ state: 'stale' })
    expect(readFormStamp({ secret, stamp: `${stamp}x`, now })).toEqual({ state: 'invalid' })
    expect(readFormStamp({ secret: `${secret}-other`, stamp, now })).toEqual({ state: 'invalid' })
  })

  it('ALTCHA: a solved challenge verifies and names its challenge; tampered or missing payloads do not', async () => {
    const { solveChallenge } = await import('altcha-lib')
    const { deriveKey } = await import('altcha-lib/algorithms/pbkdf2')
    const challenge = await createAltchaChallenge({ secret })
    const other = await createAltchaChallenge({ secret })
    const solution = await solveChallenge({ challenge, deriveKey })
    expect(solution).not.toBeNull()
    const payload = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
    const verified = await verifyAltchaPayload({ secret, payload })
    expect(verified).toMatchObject({ state: 'verified', nonce: expect.stringMatching(/^[\w-]{24}$/) })
    // The same payload names the same challenge: the sign-up claims that nonce once in the database
    // (tests/integration/shared-memories-process.test.ts proves a replay fails in another process and after a restart).
    expect(await verifyAltchaPayload({ secret, payload })).toEqual(verified)
    const tampered = Buffer.from(JSON.stringify({ challenge, solution: { ...solution, derivedKey: (solution?.derivedKey ?? '').replace(/^./, (c) => (c === '0' ? '1' : '0')) } })).toString('base64')
    expect(await verifyAltchaPayload({ secret, payload: tampered })).toEqual({ state: 'invalid' })
    // Another challenge's signature does not cover this solution.
    const swapped = Buffer.from(JSON.stringify({ challenge: { ...challenge, signature: other.signature }, solution })).toString('base64')
    expect(await verifyAltchaPayload({ secret, payload: swapped })).toEqual({ state: 'invalid' })
    expect(await verifyAltchaPayload({ secret, payload: '' })).toEqual({ state: 'missing' })
    expect(await verifyAltchaPayload({ secret, payload: 'garbage' })).toEqual({ state: 'invalid' })
  }, 30_000)
})

describe('newsletter link tokens', () => {
  it('confirm links carry lists, the tracking choice and the wording hash, and expire after 48 h', () => {
    const now = new Date('2026-12-01T10:00:00Z')
    const hash = 'a'.repeat(64)
    const token = createConfirmToken({ secret, contactRef: 'r7', lists: ['newsletter'], nonce: 'nonce-12345', tracking: true, wording: { locale: 'fr', hash }, now })
    expect(readConfirmToken({ secret, token, now })).toEqual({ state: 'valid', claim: { contactRef: 'r7', lists: ['newsletter'], nonce: 'nonce-12345', tracking: true, wording: { locale: 'fr', hash } } })
    expect(readConfirmToken({ secret, token, now: new Date(now.getTime() + 49 * 3_600_000) }).state).toBe('expired')
    expect(readConfirmToken({ secret, token: token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), now }).state).toBe('invalid')
    // A confirm link never passes as a preference link.
    expect(readPreferenceToken({ secret, token, now }).state).toBe('invalid')
    expect(readPreferenceToken({ secret, token: createPreferenceToken({ secret, contactRef: 'r7', now }), now })).toEqual({ state: 'valid', contactRef: 'r7' })
  })
})
