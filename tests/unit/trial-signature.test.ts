import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { signTrialMessage } from '../../integrations/trial-app/sign-trial-message'
import { isTrialSignatureError } from '../../integrations/trial-app/trial-signature-error'
import { verifyTrialMessage } from '../../integrations/trial-app/verify-trial-message'

const secret = `whsec_${Buffer.alloc(32, 1).toString('base64')}`
const otherSecret = `whsec_${Buffer.alloc(32, 2).toString('base64')}`
const body = JSON.stringify({ hello: 'world' })

/** A claim store in memory, as the stand-in keeps one (the CMS uses claimOnce). */
const memory = () => {
  const seen = new Set<string>()
  return async ({ id }: { id: string }) => (seen.has(id) ? false : (seen.add(id), true))
}

const problemOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  return isTrialSignatureError(error) ? error.problem : error
}

describe('trial message signatures (Standard Webhooks)', () => {
  it('are HMAC-SHA256 over "id.timestamp.body" with the base64-decoded secret, as v1,<base64>', () => {
    const timestamp = new Date('2026-12-04T10:00:00Z')
    const headers = signTrialMessage({ secret, body, id: 'msg_1', timestamp })
    const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64')).update(`msg_1.${timestamp.getTime() / 1000}.${body}`).digest('base64')
    expect(headers).toEqual({ 'webhook-id': 'msg_1', 'webhook-timestamp': String(timestamp.getTime() / 1000), 'webhook-signature': `v1,${expected}` })
  })

  it('give every message a fresh id', () => {
    expect(signTrialMessage({ secret, body })['webhook-id']).not.toBe(signTrialMessage({ secret, body })['webhook-id'])
  })

  it('verify: a valid message passes once and returns its parsed body; the same id again is a replay', async () => {
    const claim = memory()
    const headers = signTrialMessage({ secret, body })
    const verified = await verifyTrialMessage({ secret, body, headers, claimMessageId: claim })
    expect(verified.payload).toEqual({ hello: 'world' })
    expect(verified.id).toBe(headers['webhook-id'])
    expect(await problemOf(verifyTrialMessage({ secret, body, headers: new Headers(headers), claimMessageId: claim }))).toBe('replayed')
  })

  it('refuse another secret, an altered body, a stale or future timestamp, missing headers', async () => {
    const claim = memory()
    expect(await problemOf(verifyTrialMessage({ secret, body, headers: signTrialMessage({ secret: otherSecret, body }), claimMessageId: claim }))).toBe('bad-signature')
    expect(await problemOf(verifyTrialMessage({ secret, body: body.replace('world', 'World'), headers: signTrialMessage({ secret, body }), claimMessageId: claim }))).toBe('bad-signature')
    const sixMinutes = 6 * 60 * 1000
    expect(await problemOf(verifyTrialMessage({ secret, body, headers: signTrialMessage({ secret, body, timestamp: new Date(Date.now() - sixMinutes) }), claimMessageId: claim }))).toBe('stale')
    expect(await problemOf(verifyTrialMessage({ secret, body, headers: signTrialMessage({ secret, body, timestamp: new Date(Date.now() + sixMinutes) }), claimMessageId: claim }))).toBe('stale')
    const { 'webhook-signature': _dropped, ...unsigned } = signTrialMessage({ secret, body })
    expect(await problemOf(verifyTrialMessage({ secret, body, headers: unsigned, claimMessageId: claim }))).toBe('missing-headers')
    expect(await problemOf(verifyTrialMessage({ secret, body, headers: signTrialMessage({ secret, body, id: 'msg with spaces' }), claimMessageId: claim }))).toBe('missing-headers')
  })

  it('accept a message 4 minutes old, and claim its id only once the signature holds (a forgery uses up nothing)', async () => {
    const claimed: string[] = []
    const claim = async ({ id, ttlSeconds }: { id: string; ttlSeconds: number }) => {
      claimed.push(`${id}:${ttlSeconds}`)
      return true
    }
    await expect(problemOf(verifyTrialMessage({ secret, body, headers: signTrialMessage({ secret: otherSecret, body, id: 'msg_forged' }), claimMessageId: claim }))).resolves.toBe('bad-signature')
    await verifyTrialMessage({ secret, body, headers: signTrialMessage({ secret, body, id: 'msg_old', timestamp: new Date(Date.now() - 4 * 60 * 1000) }), claimMessageId: claim })
    expect(claimed).toEqual(['msg_old:600'])
  })
})
