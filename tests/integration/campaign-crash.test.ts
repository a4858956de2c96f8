import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCampaign } from '../../cms/campaigns/start-campaign'
import { startResendStandIn, type ResendStandIn } from '../stand-ins/resend-stand-in'
import { createApiClient } from '../support/api-client'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { resendEnv } from '../support/resend-env'
import { createCampaign, createContact, ensureList } from '../support/newsletter-fixtures'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'

const dataDir = tempDir({ prefix: 'campaign-crash' })
const recipients = 600
let cms: TestCms
let standIn: ResendStandIn
let server: ServerProcess | undefined
let campaignId: number | string
let serverEnv: Record<string, string | undefined>

const mine = () => standIn.accepted.filter((e) => e.tags.campaign === String(campaignId))
const statusOf = async () => (await cms.payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0 })).status

beforeAll(async () => {
  requireBuild()
  // Slow answers: the kill lands after the provider accepted a batch and before the server heard so.
  standIn = await startResendStandIn({ requestsPerSecond: 5, answerDelayMs: 500 })
  // The test process migrates the file, writes the audience and starts the campaign; the servers send it.
  cms = await createTestCms({ dataDir })
  serverEnv = {
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    JOBS_POLL_MS: '50',
    // A killed worker's job is taken over quickly.
    JOBS_LEASE_MS: '2000',
    LOG_LEVEL: 'warn',
    ...resendEnv({ standIn, maxRequestsPerSecond: 5 }),
  }
  const list = await ensureList({ payload: cms.payload, key: 'crash' })
  for (let i = 0; i < recipients; i++) {
    await createContact({ payload: cms.payload, email: `k${i}@example.com`, locale: (['nl', 'fr', 'en'] as const)[i % 3], lists: [{ id: list.id, status: 'confirmed' }], tracking: i === 1 })
  }
  const campaign = await createCampaign({ payload: cms.payload, listIds: [list.id] })
  await cms.payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'correct-horse-battery', roles: ['admin'] }, overrideAccess: true })
  campaignId = campaign.id
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
  await standIn?.close()
})

describe('a campaign whose server is killed mid-send (kill -9)', () => {
  it('is finished by the restarted server: every recipient exactly once', async () => {
    server = await startServerProcess({ env: serverEnv })
    await startCampaign({ payload: cms.payload, campaignId })
    await waitFor({ what: 'some batches to be accepted', timeoutMs: 30_000, everyMs: 20, check: () => mine().length >= 200 })
    expect(await server.stop('SIGKILL')).toBe(null)
    const atKill = mine().length
    expect(atKill).toBeLessThan(recipients)
    expect(await statusOf()).toBe('sending')

    server = await startServerProcess({ env: serverEnv })
    await waitFor({ what: 'the campaign to be sent', timeoutMs: 60_000, check: async () => (await statusOf()) === 'sent' })
    const addresses = mine().map((e) => e.to[0])
    expect(addresses).toHaveLength(recipients)
    expect(new Set(addresses).size).toBe(recipients)
    console.info(`kill -9 after ${atKill} accepted; stand-in counters ${JSON.stringify(standIn.counters())}`)
    // The batch that was on the wire at the kill was sent again under its key and answered from the provider's store.
    expect(standIn.counters().idempotentReplays).toBeGreaterThanOrEqual(1)
    expect(standIn.counters().conflicts).toBe(0)
    const progress = (await cms.payload.find({ collection: 'campaign-sends', where: { campaign: { equals: campaignId } }, depth: 0 })).docs[0]
    expect(progress).toMatchObject({ state: 'done', sent: recipients, total: recipients })

  }, 120_000)

  it('counts delivery webhooks in the statistics (opens and clicks are measured first-party: campaign-tracking.test.ts)', async () => {
    if (!server) throw new Error('server not running')
    const api = createApiClient({ baseUrl: server.url })
    const token = await api.login({ email: 'admin@example.com', password: 'correct-horse-battery' })
    const url = `${server.url}/api/mail/webhooks/resend`
    const mails = mine()
    const other = mails.find((e) => e.to[0] === 'k2@example.com')
    if (!other) throw new Error('expected a mail to k2')
    const delivered = []
    for (const mail of mails.slice(0, 10)) delivered.push(await standIn.emitWebhook({ url, type: 'email.delivered', email: mail }))
    expect(delivered.map((d) => d.status)).toEqual(Array.from({ length: 10 }, () => 200))
    // The same delivery of a webhook again (same id) counts once.
    const replay = await fetch(url, { method: 'POST', headers: delivered[0]?.headers, body: delivered[0]?.payload })
    expect(replay.status).toBe(200)
    expect(await replay.json()).toEqual({ duplicate: true })
    const bouncer = mails.find((e) => e.to[0] === 'k3@example.com')
    if (!bouncer) throw new Error('expected a mail to k3')
    await standIn.emitWebhook({ url, type: 'email.bounced', email: bouncer, data: { bounce: { type: 'Permanent', subType: 'General' } } })

    // One-click unsubscribe from the campaign's own mail counts for the campaign.
    const unsubscribeUrl = /<(https?:[^>]+)>/.exec(other.headers['List-Unsubscribe'] ?? '')?.[1]
    if (!unsubscribeUrl) throw new Error('no List-Unsubscribe URL')
    const oneClick = await fetch(unsubscribeUrl.replace(/^https?:\/\/[^/]+/, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBe(200)

    const stats = await api.rest({ path: `/api/campaigns/${campaignId}/stats`, token })
    expect(stats.status).toBe(200)
    const body = stats.body as { sent: number; totals: Record<string, number>; series: { day: string; type: string; count: number }[] }
    expect(body.sent).toBe(recipients)
    expect(body.totals).toEqual({ delivered: 10, opened: 0, clicked: 0, bounced: 1, complained: 0, unsubscribed: 1, converted: 0 })
    const today = new Date().toISOString().slice(0, 10)
    expect(body.series).toContainEqual({ day: today, type: 'delivered', count: 10 })

    const k3 = (await cms.payload.find({ collection: 'contacts', where: { email: { equals: 'k3@example.com' } }, depth: 0 })).docs[0]
    expect(k3?.status).toBe('bounced')

    // Anonymous and editors see nothing of it.
    expect((await api.rest({ path: `/api/campaigns/${campaignId}/stats` })).status).toBe(403)
    expect((await api.rest({ path: `/api/campaign-events` })).status).toBe(403)
  }, 60_000)
})
