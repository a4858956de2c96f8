import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCampaign } from '../../cms/campaigns/start-campaign'
import { turnOffProviderTracking } from '../../integrations/mail/turn-off-provider-tracking'
import { startResendStandIn, type AcceptedEmail, type ResendStandIn } from '../stand-ins/resend-stand-in'
import { createApiClient } from '../support/api-client'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { resendEnv } from '../support/resend-env'
import { createCampaign, createContact, ensureList } from '../support/newsletter-fixtures'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'

// Measurement of campaign mails is first-party and bound to consent: our own signed redirect and pixel, per person
// only for those who agreed, counted without identity for everyone else, no pixel for them at all; the provider's
// own tracking switched off and its open/click events ignored.
const dataDir = tempDir({ prefix: 'tracking' })
const publicUrl = 'https://www.myplugin.test'
let cms: TestCms
let standIn: ResendStandIn
let server: ServerProcess
let campaignId: number | string
const mails = new Map<string, AcceptedEmail>()

beforeAll(async () => {
  requireBuild()
  // The sending domain tracks opens and clicks, as Resend's setting allows: the server must switch that off.
  standIn = await startResendStandIn({ requestsPerSecond: 20, domains: [{ name: 'myplugin.test', openTracking: true, clickTracking: true }] })
  cms = await createTestCms({ dataDir })
  const list = await ensureList({ payload: cms.payload, key: 'tracking' })
  const lists = [{ id: list.id, status: 'confirmed' as const }]
  await createContact({ payload: cms.payload, email: 'agrees@example.com', lists, tracking: true })
  await createContact({ payload: cms.payload, email: 'declines@example.com', lists, tracking: false })
  await createContact({ payload: cms.payload, email: 'withdraws@example.com', lists, tracking: true })
  await cms.payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'correct-horse-battery', roles: ['admin'] }, overrideAccess: true })
  campaignId = (await createCampaign({ payload: cms.payload, listIds: [list.id], languages: ['nl'] })).id
  server = await startServerProcess({
    env: {
      DATA_DIR: dataDir,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
      JOBS_POLL_MS: '50',
      ...resendEnv({ standIn }),
      // A sending subdomain: the tracking check finds its verified parent domain.
      MAIL_FROM: 'myPlugin <hello@news.myplugin.test>',
    },
  })
  await startCampaign({ payload: cms.payload, campaignId })
  await waitFor({ what: 'the campaign to be sent', timeoutMs: 60_000, check: () => standIn.accepted.filter((e) => e.tags.campaign === String(campaignId)).length === 3 })
  for (const mail of standIn.accepted) mails.set(mail.to[0] as string, mail)
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
  await standIn?.close()
})

const mailTo = (address: string) => {
  const mail = mails.get(address)
  if (!mail) throw new Error(`no mail to ${address}`)
  return { html: mail.html ?? '', text: mail.text ?? '', mail }
}
const clickLinks = (html: string) => [...html.matchAll(/href="(https:\/\/www\.myplugin\.test\/api\/campaigns\/click\/[^"]+)"/g)].map((m) => m[1] as string)
const pixelOf = (html: string) => /<img src="(https:\/\/www\.myplugin\.test\/api\/campaigns\/open\/[^"]+)"/.exec(html)?.[1]
const claimOf = (link: string) => JSON.parse(Buffer.from((link.split('/').at(-1) ?? '').split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>
/** The link as the server sees it (the mail names the public origin). */
const local = (link: string) => link.replace(publicUrl, server.url)
const get = (link: string) => fetch(local(link), { redirect: 'manual' })

const events = async (type: 'opened' | 'clicked') =>
  (await cms.payload.find({ collection: 'campaign-events', where: { campaign: { equals: campaignId }, type: { equals: type } }, depth: 0, limit: 100, overrideAccess: true })).docs
const contactId = async (email: string) => (await cms.payload.find({ collection: 'contacts', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]?.id
const activities = async (email: string) =>
  (await cms.payload.find({ collection: 'contact-activities', where: { contact: { equals: await contactId(email) }, type: { in: ['opened', 'clicked'] } }, depth: 0, limit: 100, overrideAccess: true })).docs

describe('campaign mails are measured first-party, bound to consent', () => {
  it('switches the provider’s own open and click tracking off at start', async () => {
    await waitFor({ what: 'provider tracking to be switched off', timeoutMs: 15_000, check: () => standIn.domains.every((d) => !d.open_tracking && !d.click_tracking) })
    expect(standIn.log.some((e) => e.method === 'PATCH' && e.path.startsWith('/domains/'))).toBe(true)
    expect(server.output()).toContain('was on; switched off')
  })

  it('says it cannot check when the API key may only send (and changes nothing)', async () => {
    const restricted = await startResendStandIn({ sendingOnlyKey: true, domains: [{ name: 'myplugin.test', openTracking: true }] })
    try {
      const check = await turnOffProviderTracking({ apiKey: restricted.apiKey, baseUrl: restricted.url, from: 'myPlugin <hello@myplugin.test>' })
      expect(check).toMatchObject({ state: 'unknown', reason: expect.stringContaining('restricted_api_key') })
      expect(restricted.domains[0]?.open_tracking).toBe(true)
    } finally {
      await restricted.close()
    }
  })

  it('gives the person who agreed named links and a pixel; everyone else anonymous links and no pixel', () => {
    const agrees = mailTo('agrees@example.com')
    const declines = mailTo('declines@example.com')
    const [agreesLink] = clickLinks(agrees.html)
    const [declinesLink] = clickLinks(declines.html)
    if (!agreesLink || !declinesLink) throw new Error('expected a tracked button in both mails')
    // The button's own URL no longer appears as a link, in HTML or text: every click passes our redirect.
    for (const { html, text } of [agrees, declines]) {
      expect(html).not.toContain(`href="${publicUrl}/nl/webinars`)
      expect(text).toContain(`${publicUrl}/api/campaigns/click/`)
      expect(text).not.toMatch(/^https:\/\/www\.myplugin\.test\/nl\/webinars/m)
    }
    expect(claimOf(agreesLink)).toMatchObject({ c: String(campaignId), u: expect.stringContaining('/nl/webinars'), s: expect.any(String) })
    expect(claimOf(declinesLink)).not.toHaveProperty('s')
    expect(JSON.stringify(claimOf(declinesLink))).not.toContain('declines')
    expect(pixelOf(agrees.html)).toBeDefined()
    expect(declines.html).not.toContain('/api/campaigns/open/')
    expect(declines.html).not.toMatch(/<img\b/i)
    // The unsubscribe and preference links are never rewritten.
    expect(agrees.html).toContain(`${publicUrl}/api/mail/unsubscribe?token=`)
  })

  it('redirects every click to the page; names it only for the person who agreed, once per link', async () => {
    const [agreesLink] = clickLinks(mailTo('agrees@example.com').html)
    const [declinesLink] = clickLinks(mailTo('declines@example.com').html)
    for (const link of [agreesLink, agreesLink, declinesLink, declinesLink] as string[]) {
      const res = await get(link)
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toBe(claimOf(link).u)
      expect(res.headers.get('cache-control')).toContain('no-store')
    }
    const clicks = await events('clicked')
    const agreesId = await contactId('agrees@example.com')
    expect(clicks.filter((e) => e.contact != null).map((e) => String(e.contact))).toEqual([String(agreesId)])
    expect(clicks.filter((e) => e.contact == null)).toHaveLength(2)
    expect((await activities('agrees@example.com')).map((a) => a.type)).toEqual(['clicked'])
    expect(await activities('declines@example.com')).toHaveLength(0)
  })

  it('counts an open only through the pixel of the person who agreed, once', async () => {
    const pixel = pixelOf(mailTo('agrees@example.com').html) as string
    for (let i = 0; i < 2; i++) {
      const res = await get(pixel)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/gif')
    }
    const opens = await events('opened')
    expect(opens.map((e) => String(e.contact))).toEqual([String(await contactId('agrees@example.com'))])
  })

  it('stops naming a person the moment they withdraw, even from links already sent', async () => {
    const withdraws = mailTo('withdraws@example.com')
    const id = await contactId('withdraws@example.com')
    await cms.payload.update({ collection: 'contacts', id: id as number, data: { tracking: false }, overrideAccess: true })
    const [link] = clickLinks(withdraws.html)
    expect((await get(link as string)).status).toBe(302)
    expect((await get(pixelOf(withdraws.html) as string)).status).toBe(200)
    expect(await activities('withdraws@example.com')).toHaveLength(0)
    expect((await events('opened')).some((e) => String(e.contact) === String(id))).toBe(false)
    expect((await events('clicked')).filter((e) => e.contact == null)).toHaveLength(3)
  })

  it('refuses forged links: no redirect anywhere else', async () => {
    const [link] = clickLinks(mailTo('declines@example.com').html) as string[]
    const [body, tag] = (link as string).split('/').at(-1)?.split('.') ?? []
    const forgedClaim = Buffer.from(JSON.stringify({ ...claimOf(link as string), u: 'https://evil.example/' })).toString('base64url')
    for (const forged of [`${server.url}/api/campaigns/click/${forgedClaim}.${tag}`, `${server.url}/api/campaigns/click/${body}.AAAA${tag}`, `${server.url}/api/campaigns/click/nonsense`]) {
      const res = await fetch(forged, { redirect: 'manual' })
      expect(res.status).toBe(404)
      expect(res.headers.get('location')).toBeNull()
    }
  })

  it('ignores the provider’s open and click events, should they still arrive', async () => {
    const declines = mailTo('declines@example.com').mail
    const before = { opened: (await events('opened')).length, clicked: (await events('clicked')).length }
    const url = `${server.url}/api/mail/webhooks/resend`
    expect((await standIn.emitWebhook({ url, type: 'email.opened', email: declines })).status).toBe(200)
    expect((await standIn.emitWebhook({ url, type: 'email.clicked', email: declines, data: { click: { link: `${publicUrl}/nl/webinars` } } })).status).toBe(200)
    expect({ opened: (await events('opened')).length, clicked: (await events('clicked')).length }).toEqual(before)
    const message = (await cms.payload.find({ collection: 'mail-messages', where: { to: { equals: 'declines@example.com' } }, depth: 0, overrideAccess: true })).docs[0]
    expect(message?.status).not.toBe('opened')
    expect(message?.status).not.toBe('clicked')
    expect((message?.events ?? []).map((e) => e.type)).not.toContain('email.opened')

    const api = createApiClient({ baseUrl: server.url })
    const token = await api.login({ email: 'admin@example.com', password: 'correct-horse-battery' })
    const stats = await api.rest({ path: `/api/campaigns/${campaignId}/stats`, token })
    expect((stats.body as { totals: Record<string, number> }).totals).toMatchObject({ opened: 1, clicked: 4 })
  })

  it('counts a delivery whose subscriber tag names nobody (erased, or forged) without naming anyone, not a 500', async () => {
    const declines = mailTo('declines@example.com').mail
    const delivered = async () => (await cms.payload.find({ collection: 'campaign-events', where: { campaign: { equals: campaignId }, type: { equals: 'delivered' } }, depth: 0, limit: 100, overrideAccess: true })).docs
    const before = new Set((await delivered()).map((e) => e.id))
    const url = `${server.url}/api/mail/webhooks/resend`
    const answer = await standIn.emitWebhook({ url, type: 'email.delivered', email: declines, data: { tags: { ...declines.tags, subscriber: '2147483627' } } })
    expect(answer.status).toBe(200)
    const added = (await delivered()).filter((e) => !before.has(e.id))
    expect(added).toHaveLength(1)
    expect(added[0]?.contact ?? null).toBeNull()
  })
})
