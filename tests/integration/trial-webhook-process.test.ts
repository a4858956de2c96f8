import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureContact } from '../../cms/contacts'
import { createTrialMailsToken } from '../../cms/links/trial-mails-token'
import type { Trial } from '../../cms/payload-types'
import { createTrialAppClient } from '../../integrations/trial-app/create-trial-app-client'
import { startTrialAppStandIn, type TrialAppStandIn } from '../../integrations/trial-app/stand-in/start-trial-app-stand-in'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

/**
 * The application's reports over real HTTP, through the production server (write guard, body cap, endpoint): signed
 * by the stand-in with its own Standard Webhooks library, applied once, a replay acknowledged and ignored, forged or
 * stale messages refused. And the lifecycle mails' "stop" link: the GET asks, the POST stops.
 */
const dataDir = tempDir({ prefix: 'trial-webhook-process' })
let cms: TestCms
let server: ServerProcess
let app: TrialAppStandIn

beforeAll(async () => {
  requireBuild()
  cms = await createTestCms({ dataDir })
  app = await startTrialAppStandIn()
  server = await startServerProcess({
    env: { DATA_DIR: dataDir, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, TRIAL_PROVISIONING_URL: app.url, TRIAL_PROVISIONING_SECRET: app.secret, TRIAL_WEBHOOK_SECRET: app.webhookSecret, RATE_LIMIT_WRITES_PER_MINUTE: '1000' },
  })
  app.setWebhookUrl(`${server.url}/api/trials/webhooks/app`)
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await app?.close()
  await cms?.close()
})

/** An active trial whose account the stand-in opened (as provisioning leaves it). */
const activeTrial = async (email: string): Promise<Trial> => {
  const idempotencyKey = `trial_${randomBytes(18).toString('base64url')}`
  const opened = await createTrialAppClient({ url: app.url, secret: app.secret, timeoutMs: 5000 }).provisionTrial({
    idempotencyKey,
    account: { email, firstName: 'Ruben', lastName: 'Smets', profession: 'coach', country: 'BE', locale: 'nl' },
  })
  const { contact } = await ensureContact({ payload: cms.payload, email, name: 'Ruben Smets', locale: 'nl', profession: 'coach', source: 'trial' })
  const now = new Date()
  return cms.payload.create({
    collection: 'trials',
    overrideAccess: true,
    depth: 0,
    data: { contact: contact.id, status: 'active', profession: 'coach', country: 'BE', locale: 'nl', idempotencyKey, accountId: opened.accountId, loginUrl: opened.loginUrl, verifiedAt: now.toISOString(), provisionedAt: now.toISOString(), expiresAt: new Date(now.getTime() + 14 * 864e5).toISOString() },
  })
}
const statusOf = async (id: Trial['id']) => (await cms.payload.findByID({ collection: 'trials', id, depth: 0, overrideAccess: true })).status

describe('POST /api/trials/webhooks/app (the server process)', () => {
  it('applies a conversion once and acknowledges its replay as a duplicate', async () => {
    const trial = await activeTrial('ruben.smets@example.com')
    const sent = await app.sendEvent({ type: 'trial.converted', accountId: trial.accountId! })
    expect(sent.status).toBe(200)
    expect(JSON.parse(sent.body)).toEqual({ received: true, outcome: 'applied' })
    expect(await statusOf(trial.id)).toBe('converted')
    const replay = await app.sendEvent({ type: 'trial.converted', accountId: trial.accountId!, id: sent.id })
    expect([replay.status, JSON.parse(replay.body)]).toEqual([200, { duplicate: true }])
    const activities = await cms.payload.count({ collection: 'contact-activities', where: { and: [{ contact: { equals: trial.contact } }, { type: { equals: 'trial-converted' } }] }, overrideAccess: true })
    expect(activities.totalDocs).toBe(1)
  }, 60_000)

  it('refuses another secret, a stale timestamp, missing headers and an oversized body, and changes nothing', async () => {
    const trial = await activeTrial('forged@example.com')
    const wrong = await app.sendEvent({ type: 'trial.cancelled', accountId: trial.accountId!, secret: `whsec_${Buffer.alloc(32, 9).toString('base64')}` })
    expect(wrong.status).toBe(401)
    const stale = await app.sendEvent({ type: 'trial.cancelled', accountId: trial.accountId!, timestamp: new Date(Date.now() - 10 * 60_000) })
    expect(stale.status).toBe(401)
    const bare = await fetch(`${server.url}/api/trials/webhooks/app`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'trial.cancelled', occurredAt: new Date().toISOString(), data: { accountId: trial.accountId, idempotencyKey: trial.idempotencyKey } }) })
    expect(bare.status).toBe(401)
    const huge = await fetch(`${server.url}/api/trials/webhooks/app`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(80 * 1024) })
    expect(huge.status).toBe(413)
    expect(await statusOf(trial.id)).toBe('active')
  }, 60_000)

  it('expires a trial and queues its "ended" mail', async () => {
    const trial = await activeTrial('ended@example.com')
    const sent = await app.sendEvent({ type: 'trial.expired', accountId: trial.accountId! })
    expect(JSON.parse(sent.body)).toEqual({ received: true, outcome: 'applied' })
    expect(await statusOf(trial.id)).toBe('expired')
    const jobs = await cms.payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'sendTrialLifecycleMail' } }, { 'input.trial': { equals: trial.idempotencyKey } }, { 'input.step': { equals: 'expired' } }] }, overrideAccess: true })
    expect(jobs.totalDocs).toBe(1)
  }, 60_000)
})

describe('/{lang}/trial/mails (the stop link of the lifecycle mails)', () => {
  it('asks on GET, stops on POST, and says a forged link does not work, in the page language', async () => {
    const trial = await activeTrial('stops@example.com')
    const token = createTrialMailsToken({ secret: cms.payload.secret, trialKey: trial.idempotencyKey })
    const page = await fetch(`${server.url}/fr/trial/mails?token=${token}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Ne plus recevoir d’e-mails sur mon essai')
    expect((await cms.payload.findByID({ collection: 'trials', id: trial.id, depth: 0, overrideAccess: true })).lifecycle?.stoppedAt ?? null).toBeNull()
    const post = (t: string) => fetch(`${server.url}/fr/trial/mails`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url }, body: new URLSearchParams({ token: t }) })
    const stopped = await post(token)
    expect(stopped.status).toBe(200)
    expect(await stopped.text()).toContain('data-trial-mails-stopped')
    expect((await cms.payload.findByID({ collection: 'trials', id: trial.id, depth: 0, overrideAccess: true })).lifecycle?.stoppedAt).toBeTruthy()
    const forged = await post(`${token.slice(0, -2)}xx`)
    expect(forged.status).toBe(400)
    expect(await forged.text()).toContain('Ce lien ne fonctionne pas')
    const crossSite = await fetch(`${server.url}/fr/trial/mails`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }, body: new URLSearchParams({ token }) })
    expect(crossSite.status).toBe(403)
  }, 60_000)
})
