import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { signTrialMessage } from '../../integrations/trial-app/sign-trial-message'
import { startTrialAppStandInProcess, type TrialAppStandInProcess } from '../support/start-trial-app-stand-in-process'

/**
 * The stand-in itself, over HTTP as its own process: the signature checks a real application must make (so a test
 * that passes against it proves our signing, not the stand-in's leniency) and the control knobs other tests rely on.
 */
let app: TrialAppStandInProcess
beforeAll(async () => {
  app = await startTrialAppStandInProcess()
})
afterAll(async () => {
  await app?.stop()
})
beforeEach(async () => {
  await app.control('reset')
})

const account = (email: string) => ({ email, firstName: 'Els', lastName: 'Maes', profession: 'therapist', country: 'other', locale: 'fr' })

const post = async ({ body, headers }: { body: string; headers: Record<string, string> }) => {
  const res = await fetch(`${app.url}/trials`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}
const signed = ({ body, ...options }: { body: string; secret?: string; id?: string; timestamp?: Date }) => post({ body, headers: signTrialMessage({ secret: options.secret ?? app.secret, body, id: options.id, timestamp: options.timestamp }) })
const trialBody = (key: string, email = `${key}@example.com`) => JSON.stringify({ idempotencyKey: key, account: account(email) })

describe('the trial app stand-in: POST /trials', () => {
  it('opens an account for a well-signed request (201), answers the same key again with 200 and the same account', async () => {
    const body = trialBody('k1')
    const first = await signed({ body })
    expect(first).toEqual({ status: 201, body: { accountId: expect.any(String), loginUrl: expect.any(String), trialEndsAt: expect.any(String) } })
    expect(await signed({ body })).toEqual({ status: 200, body: first.body })
    expect((await app.state()).accounts).toHaveLength(1)
  })

  it('refuses with 401: no signature, another secret, a stale or future timestamp, a replayed message id', async () => {
    const body = trialBody('k2')
    expect(await post({ body, headers: {} })).toEqual({ status: 401, body: { error: 'missing_signature' } })
    expect(await signed({ body, secret: `whsec_${Buffer.alloc(32, 4).toString('base64')}` })).toEqual({ status: 401, body: { error: 'invalid_signature' } })
    expect(await signed({ body, timestamp: new Date(Date.now() - 6 * 60 * 1000) })).toEqual({ status: 401, body: { error: 'stale_signature' } })
    expect(await signed({ body, timestamp: new Date(Date.now() + 6 * 60 * 1000) })).toEqual({ status: 401, body: { error: 'stale_signature' } })
    const headers = signTrialMessage({ secret: app.secret, body })
    expect((await post({ body, headers })).status).toBe(201)
    expect(await post({ body, headers })).toEqual({ status: 401, body: { error: 'replayed_message' } })
    // A body altered under a captured signature.
    expect(await post({ body: trialBody('k2', 'mallory@example.com'), headers: signTrialMessage({ secret: app.secret, body }) })).toEqual({ status: 401, body: { error: 'invalid_signature' } })
    expect((await app.state()).counters).toMatchObject({ created: 1, refusedSignatures: 6 })
  })

  it('refuses a body that is not the contract’s (400, naming fields), the same key with another body (422), another key for a known address (409)', async () => {
    expect(await signed({ body: JSON.stringify({ idempotencyKey: 'k3', account: { ...account('x@example.com'), notes: 'client is depressed' } }) })).toMatchObject({ status: 400, body: { error: 'invalid_request' } })
    expect(await signed({ body: JSON.stringify({ idempotencyKey: 'k3', account: { ...account('x@example.com'), country: 'FR' } }) })).toEqual({ status: 400, body: { error: 'invalid_request', fields: ['account.country'] } })
    const first = await signed({ body: trialBody('k3') })
    expect(await signed({ body: trialBody('k3', 'someone-else@example.com') })).toEqual({ status: 422, body: { error: 'idempotency_conflict' } })
    expect(await signed({ body: trialBody('k4', 'k3@example.com') })).toEqual({ status: 409, body: { error: 'account_exists', loginUrl: first.body.loginUrl } })
    expect((await app.state()).accounts).toHaveLength(1)
  })

  it('refuses a body over 64 KB (413), other methods (405), other paths (404)', async () => {
    expect((await signed({ body: 'x'.repeat(70 * 1024) })).status).toBe(413)
    expect((await fetch(`${app.url}/trials`)).status).toBe(405)
    expect((await fetch(`${app.url}/elsewhere`)).status).toBe(404)
    expect((await fetch(`${app.url}/login/unknown`)).status).toBe(404)
  })
})

describe('the trial app stand-in: control knobs', () => {
  it('fail: the next N requests get the status (with Retry-After), before checking anything or after opening the account', async () => {
    expect((await app.control('fail', { requests: 2, status: 500 })).status).toBe(204)
    expect((await post({ body: '{}', headers: {} })).status).toBe(500)
    expect((await signed({ body: trialBody('f1') })).status).toBe(500)
    expect((await app.state()).accounts).toHaveLength(0)
    await app.control('fail', { status: 503, after: true, retryAfterSeconds: 5 })
    const res = await fetch(`${app.url}/trials`, { method: 'POST', headers: signTrialMessage({ secret: app.secret, body: trialBody('f2') }), body: trialBody('f2') })
    expect([res.status, res.headers.get('retry-after')]).toEqual([503, '5'])
    expect((await app.state()).accounts.map((a) => a.idempotencyKey)).toEqual(['f2'])
    expect((await signed({ body: trialBody('f2') })).status).toBe(200)
  })

  it('slow: the answer comes after the delay; conflict: a 409 with or without a login link', async () => {
    await app.control('slow', { delayMs: 400 })
    const started = Date.now()
    expect((await signed({ body: trialBody('s1') })).status).toBe(201)
    expect(Date.now() - started).toBeGreaterThanOrEqual(390)
    await app.control('conflict', { requests: 2, loginUrl: 'https://app.example/login/z' })
    expect(await signed({ body: trialBody('c1') })).toEqual({ status: 409, body: { error: 'account_exists', loginUrl: 'https://app.example/login/z' } })
    expect((await signed({ body: trialBody('c2') })).status).toBe(409)
    await app.control('conflict', {})
    expect(await signed({ body: trialBody('c3') })).toEqual({ status: 409, body: { error: 'account_exists' } })
  })

  it('refuses knobs it does not understand (400) and reset forgets everything', async () => {
    expect(await app.control('fail', { status: 200 })).toMatchObject({ status: 400, body: { error: 'invalid_control', fields: ['status'] } })
    expect(await app.control('slow', {})).toMatchObject({ status: 400 })
    expect((await app.control('nothing')).status).toBe(404)
    await signed({ body: trialBody('r1') })
    await app.control('fail', { requests: 3 })
    await app.control('reset')
    expect(await app.state()).toMatchObject({ accounts: [], pending: 0, counters: { requests: 0, created: 0 } })
  })

  it('events: posts a signed event about an account to the webhook URL and reports the receiver’s answer', async () => {
    const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = []
    const receiver = http.createServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      req.on('end', () => {
        received.push({ headers: req.headers, body })
        res.writeHead(202).end('ok')
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    try {
      const opened = await signed({ body: trialBody('e1') })
      const accountId = String(opened.body.accountId)
      expect(await app.control('events', { type: 'trial.expired', accountId })).toMatchObject({ status: 409, body: { error: 'no_webhook_url' } })
      expect((await app.control('webhook-url', { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` })).status).toBe(204)
      expect(await app.control('events', { type: 'trial.expired', accountId: 'acc_nobody' })).toMatchObject({ status: 404 })
      const sent = await app.control('events', { type: 'trial.expired', accountId })
      expect(sent).toEqual({ status: 200, body: { id: expect.stringMatching(/^msg_/), status: 202, body: 'ok' } })
      expect(JSON.parse(received[0]?.body ?? '')).toEqual({ type: 'trial.expired', occurredAt: expect.any(String), data: { accountId, idempotencyKey: 'e1' } })
      expect(received[0]?.headers).toMatchObject({ 'webhook-id': (sent.body as { id: string }).id, 'webhook-timestamp': expect.stringMatching(/^\d+$/), 'webhook-signature': expect.stringMatching(/^v1,/) })
      expect((await app.state()).accounts[0]?.status).toBe('expired')
    } finally {
      await new Promise((resolve) => receiver.close(resolve))
    }
  })
})
