import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verifyTrialAppWebhook, type TrialAppWebhookCheck } from '../../cms/trials'
import { createTrialAppClient } from '../../integrations/trial-app/create-trial-app-client'
import { startTrialAppStandIn, type TrialAppStandIn } from '../../integrations/trial-app/stand-in/start-trial-app-stand-in'
import { createTestCms, type TestCms } from '../support/create-test-cms'

/**
 * The application's webhooks to us: the stand-in signs and sends them over HTTP; a receiver in this process checks
 * them as the site will (verifyTrialAppWebhook: signature, window, the id claimed once in the database).
 */
let cms: TestCms
let app: TrialAppStandIn
let receiver: http.Server
const checks: TrialAppWebhookCheck[] = []

beforeAll(async () => {
  cms = await createTestCms()
  app = await startTrialAppStandIn()
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const headers = new Headers(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]))
      void verifyTrialAppWebhook({ payload: cms.payload, secret: app.webhookSecret, body: Buffer.concat(chunks).toString('utf8'), headers }).then((check) => {
        checks.push(check)
        // The answers the endpoint will give: a replay is acknowledged so the application stops retrying it.
        const status = check.outcome === 'refused' ? (check.problem === 'invalid-event' ? 400 : 401) : 200
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(check.outcome === 'replayed' ? { duplicate: true } : { outcome: check.outcome }))
      })
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  app.setWebhookUrl(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/trials/webhooks/app`)
})
afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve))
  await app?.close()
  await cms?.close()
})

const provisioned = async (key: string) =>
  createTrialAppClient({ url: app.url, secret: app.secret, timeoutMs: 2000 }).provisionTrial({
    idempotencyKey: key,
    account: { email: `${key.replace(':', '-')}@example.com`, firstName: 'Jan', lastName: 'Jansen', profession: 'coach', country: 'NL', locale: 'nl' },
  })

describe('the web application’s signed webhooks, checked on our side', () => {
  it('a conversion arrives, naming the account and our idempotency key, never the person', async () => {
    const { accountId } = await provisioned('trial:converts')
    const sent = await app.sendEvent({ type: 'trial.converted', accountId })
    expect(sent.status).toBe(200)
    expect(checks.at(-1)).toEqual({ outcome: 'accepted', id: sent.id, event: { type: 'trial.converted', occurredAt: expect.any(String), data: { accountId, idempotencyKey: 'trial:converts' } }, release: expect.any(Function) })
    expect(sent.payload).not.toContain('@')
  })

  it('the same message again (a replay, or the application retrying) is acknowledged as a duplicate and not accepted', async () => {
    const { accountId } = await provisioned('trial:expires')
    const first = await app.sendEvent({ type: 'trial.expired', accountId })
    expect(checks.at(-1)?.outcome).toBe('accepted')
    const again = await app.sendEvent({ type: 'trial.expired', accountId, id: first.id })
    expect(again).toMatchObject({ status: 200, body: JSON.stringify({ duplicate: true }) })
    expect(checks.at(-1)).toEqual({ outcome: 'replayed' })
  })

  it('a message whose processing failed gives its id back: the application’s retry is accepted, then it is a replay', async () => {
    const { accountId } = await provisioned('trial:retried')
    const first = await app.sendEvent({ type: 'trial.converted', accountId })
    const accepted = checks.at(-1)
    expect(accepted?.outcome).toBe('accepted')
    if (accepted?.outcome === 'accepted') await accepted.release()
    await app.sendEvent({ type: 'trial.converted', accountId, id: first.id })
    expect(checks.at(-1)?.outcome).toBe('accepted')
    await app.sendEvent({ type: 'trial.converted', accountId, id: first.id })
    expect(checks.at(-1)).toEqual({ outcome: 'replayed' })
  })

  it('another secret, a stale timestamp, a forged body are refused (401) and claim nothing', async () => {
    const { accountId } = await provisioned('trial:forged')
    const wrong = await app.sendEvent({ type: 'trial.converted', accountId, secret: `whsec_${Buffer.alloc(32, 5).toString('base64')}` })
    expect([wrong.status, checks.at(-1)]).toEqual([401, { outcome: 'refused', problem: 'bad-signature' }])
    const stale = await app.sendEvent({ type: 'trial.converted', accountId, timestamp: new Date(Date.now() - 10 * 60 * 1000) })
    expect([stale.status, checks.at(-1)]).toEqual([401, { outcome: 'refused', problem: 'stale' }])
    // The forged message's id was not used up: the genuine message with that id still passes.
    const genuine = await app.sendEvent({ type: 'trial.converted', accountId, id: wrong.id })
    expect([genuine.status, checks.at(-1)?.outcome]).toEqual([200, 'accepted'])
  })

  it('a signed body that is not an event is refused (400)', async () => {
    const { signTrialMessage } = await import('../../integrations/trial-app/sign-trial-message')
    const body = JSON.stringify({ type: 'trial.upgraded', data: {} })
    const res = await fetch(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, { method: 'POST', headers: signTrialMessage({ secret: app.webhookSecret, body }), body })
    expect([res.status, checks.at(-1)]).toEqual([400, { outcome: 'refused', problem: 'invalid-event' }])
  })
})
