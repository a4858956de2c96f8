import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queueMail } from '../../cms/mail/queue-mail'
import { startResendStandIn, type AcceptedEmail, type ResendStandIn } from '../stand-ins/resend-stand-in'
import { createApiClient } from '../support/api-client'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'
import { confirmedOnNewsletter } from '../support/confirmed-on-newsletter'

/**
 * The mail endpoints through a real server process (production build, our http server, write guard, Next, Payload),
 * sending through the real Resend SDK to the stand-in: RFC 8058 one-click unsubscribe without cookies, and delivery
 * webhooks (signed, fresh, once) that suppress bouncing addresses.
 */
const dataDir = tempDir({ prefix: 'mail-srv' })
const publicUrl = 'https://www.myplugin.test'
let cms: TestCms
let standIn: ResendStandIn
let server: ServerProcess

const subscriber = async (email: string, locale: 'nl' | 'fr' | 'en' = 'nl') => cms.payload.create({ collection: 'contacts', data: { email, locale, ...(await confirmedOnNewsletter({ payload: cms.payload })) } })
const statusOf = async (id: string | number) => (await cms.payload.findByID({ collection: 'contacts', id })).status

/** Queues the welcome mail (marketing) and waits until the stand-in has it. */
const welcome = async (person: { id: string | number; ref?: string | null; email: string; locale: string }, key = `welcome:${person.id}`): Promise<AcceptedEmail> => {
  await queueMail({ payload: cms.payload, template: 'welcome', locale: person.locale as 'nl', props: { siteUrl: `${publicUrl}/` }, to: person.email, subscriberId: person.id, contactRef: person.ref ?? undefined, idempotencyKey: key })
  return waitFor({ what: `the welcome mail of ${person.email}`, check: () => standIn.accepted.find((e) => e.to.includes(person.email)) })
}

/** The https link of List-Unsubscribe, pointed at the test server instead of the public host. */
const oneClickUrl = (mail: AcceptedEmail) => {
  const url = /<(https:[^>]+)>/.exec(mail.headers['List-Unsubscribe'] ?? '')?.[1]
  if (!url?.startsWith(`${publicUrl}/api/mail/unsubscribe?token=`)) throw new Error(`unexpected List-Unsubscribe: ${mail.headers['List-Unsubscribe']}`)
  return url.replace(publicUrl, server.url)
}

const oneClick = (url: string, init: RequestInit = {}) =>
  fetch(url, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click', ...init })

beforeAll(async () => {
  requireBuild()
  standIn = await startResendStandIn({ requestsPerSecond: 50 })
  const mailEnv = {
    RESEND_API_KEY: standIn.apiKey,
    RESEND_BASE_URL: standIn.url,
    RESEND_WEBHOOK_SECRET: standIn.webhookSecret,
    RESEND_MAX_REQUESTS_PER_SECOND: '20',
    MAIL_FROM: 'myPlugin <hello@myplugin.test>',
    PUBLIC_URL: publicUrl,
  }
  Object.assign(process.env, mailEnv)
  // The test process migrates, seeds (policy versions: withdrawals are recorded against them) and queues; the server runs jobs.
  cms = await createTestCms({ dataDir, seed: true })
  server = await startServerProcess({ env: { ...mailEnv, DATA_DIR: dataDir, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, JOBS_POLL_MS: '50', SEED_DEMO: 'false' } })
}, 180_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
  await standIn?.close()
})

describe('RFC 8058 one-click unsubscribe', () => {
  it('a POST without cookies unsubscribes at once, answers 200 without redirect, and is idempotent', async () => {
    const person = await subscriber('one-click@example.com', 'fr')
    const url = oneClickUrl(await welcome(person))

    const first = await oneClick(url)
    expect(first.status).toBe(200)
    expect(first.headers.get('location')).toBeNull()
    expect(first.headers.get('set-cookie')).toBeNull()
    expect(await first.json()).toEqual({ unsubscribed: true, outcome: 'unsubscribed' })
    expect(await statusOf(person.id)).toBe('unsubscribed')

    const again = await oneClick(url)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ unsubscribed: true, outcome: 'already' })

    // The withdrawal is evidence: one record in the consent ledger, tied to the policy in force.
    // Named by the person's random reference, never the reusable id.
    const records = await cms.payload.find({ collection: 'consent-records', where: { subjectRef: { equals: `contact:${person.ref}` } } })
    expect(records.docs).toHaveLength(1)
    expect(records.docs[0]).toMatchObject({ source: 'newsletter', action: 'withdrawn', refused: ['*', 'customers', 'newsletter', 'webinars'], locale: 'fr', wordingId: 'mail-unsubscribe:one-click' })
  })

  it('a GET never unsubscribes: it sends the browser to the site’s confirmation page in the reader’s language', async () => {
    const person = await subscriber('clicker@example.com', 'en')
    const url = oneClickUrl(await welcome(person))
    const token = new URL(url).searchParams.get('token') as string
    const res = await fetch(url, { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/en/unsubscribe?token=${token}`)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await statusOf(person.id)).toBe('active')

    // The page's own confirm button posts confirm=1 and is sent back to the page.
    const confirmed = await fetch(url, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url }, body: 'confirm=1&lang=en' })
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe(`/en/unsubscribe?token=${token}&done=1`)
    expect(await statusOf(person.id)).toBe('unsubscribed')
  })

  it('refuses altered tokens and bodies other than List-Unsubscribe=One-Click, changing nothing', async () => {
    const person = await subscriber('careful@example.com')
    const url = oneClickUrl(await welcome(person))
    const altered = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
    expect((await oneClick(altered)).status).toBe(400)
    expect((await oneClick(url, { body: 'List-Unsubscribe=Yes' })).status).toBe(400)
    expect((await oneClick(url.replace(/token=.*/, 'token='))).status).toBe(400)
    expect(await statusOf(person.id)).toBe('active')
    // What a browser on another site would send: the write guard refuses cross-origin posts (mail providers send none).
    const crossOrigin = await oneClick(url, { headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example.net' } })
    console.info(`one-click POST with a foreign Origin header: ${crossOrigin.status}`)
    expect(await statusOf(person.id)).toBe(crossOrigin.status === 200 ? 'unsubscribed' : 'active')
  })
})

describe('delivery webhooks', () => {
  const endpoint = () => `${server.url}/api/mail/webhooks/resend`
  const messageRow = async (email: AcceptedEmail) => (await cms.payload.find({ collection: 'mail-messages', where: { providerId: { equals: email.id } } })).docs[0]

  it('a hard bounce suppresses the address for all marketing mail and marks the subscriber', async () => {
    const person = await subscriber('bounced-reader@example.com')
    const mail = await welcome(person)
    expect((await standIn.emitWebhook({ url: endpoint(), type: 'email.delivered', email: mail })).status).toBe(200)
    expect((await messageRow(mail))?.status).toBe('delivered')

    const bounce = { bounce: { type: 'Permanent', subType: 'NoEmail', message: 'The recipient does not exist.', diagnosticCode: ['smtp; 550 5.1.1 bounced-reader@example.com unknown'] } }
    const res = await standIn.emitWebhook({ url: endpoint(), type: 'email.bounced', email: mail, data: bounce })
    expect(res.status).toBe(200)
    const suppression = (await cms.payload.find({ collection: 'suppressions', where: { email: { equals: 'bounced-reader@example.com' } } })).docs[0]
    expect(suppression).toMatchObject({ reason: 'hard-bounce', detail: 'Permanent/NoEmail' })
    expect(await statusOf(person.id)).toBe('bounced')
    const row = await messageRow(mail)
    expect(row?.status).toBe('bounced')
    expect(row?.events?.map((e) => e.type)).toEqual(['email.delivered', 'email.bounced'])

    // The next marketing mail to that address is not sent.
    const sentBefore = standIn.accepted.length
    await queueMail({ payload: cms.payload, template: 'welcome', locale: 'nl', props: { siteUrl: `${publicUrl}/` }, to: person.email, subscriberId: person.id, contactRef: person.ref ?? undefined, idempotencyKey: 'after-bounce' })
    const next = await waitFor({
      what: 'the second mail to be skipped',
      check: async () => (await cms.payload.find({ collection: 'mail-messages', where: { idempotencyKey: { equals: 'after-bounce' }, status: { equals: 'suppressed' } } })).docs[0],
    })
    expect(next.status).toBe('suppressed')
    expect(standIn.accepted.length).toBe(sentBefore)
  })

  it('a complaint suppresses too; a soft bounce does not', async () => {
    const annoyed = await subscriber('annoyed@example.com')
    const full = await subscriber('mailbox-full@example.com')
    await standIn.emitWebhook({ url: endpoint(), type: 'email.complained', email: await welcome(annoyed) })
    const soft = { bounce: { type: 'Transient', subType: 'MailboxFull', message: 'Mailbox full.', diagnosticCode: [] } }
    await standIn.emitWebhook({ url: endpoint(), type: 'email.bounced', email: await welcome(full), data: soft })
    expect((await cms.payload.find({ collection: 'suppressions', where: { email: { equals: 'annoyed@example.com' } } })).docs[0]?.reason).toBe('complaint')
    expect(await statusOf(annoyed.id)).toBe('complained')
    expect((await cms.payload.count({ collection: 'suppressions', where: { email: { equals: 'mailbox-full@example.com' } } })).totalDocs).toBe(0)
    expect(await statusOf(full.id)).toBe('active')
  })

  it('refuses forged, stale, tampered and replayed webhooks', async () => {
    const person = await subscriber('guarded@example.com')
    const mail = await welcome(person)
    const complaint = { url: endpoint(), type: 'email.complained' as const, email: mail }
    const forged = await standIn.emitWebhook({ ...complaint, secret: `whsec_${Buffer.from('not-the-real-secret-at-all!!').toString('base64')}` })
    const stale = await standIn.emitWebhook({ ...complaint, timestamp: new Date(Date.now() - 6 * 60_000) })
    const early = await standIn.emitWebhook({ ...complaint, timestamp: new Date(Date.now() + 6 * 60_000) })
    expect([forged.status, stale.status, early.status]).toEqual([401, 401, 401])
    const unsigned = await fetch(endpoint(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"email.complained"}' })
    expect(unsigned.status).toBe(401)
    expect(await statusOf(person.id)).toBe('active')

    const delivered = await standIn.emitWebhook({ url: endpoint(), type: 'email.delivered', email: mail, headerStyle: 'webhook' })
    expect(delivered.status).toBe(200)
    const tampered = await fetch(endpoint(), { method: 'POST', headers: delivered.headers, body: delivered.payload.replace('email.delivered', 'email.complained') })
    expect(tampered.status).toBe(401)
    // A replay is acknowledged (a refusal would make the provider retry it for days) and changes nothing.
    const replayed = await fetch(endpoint(), { method: 'POST', headers: delivered.headers, body: delivered.payload })
    expect(replayed.status).toBe(200)
    expect(await replayed.json()).toEqual({ duplicate: true })
    const sameIdNewBody = await standIn.emitWebhook({ ...complaint, id: delivered.id })
    expect(sameIdNewBody.status).toBe(200)
    expect(JSON.parse(sameIdNewBody.body)).toEqual({ duplicate: true })
    expect(await statusOf(person.id)).toBe('active')
    expect((await messageRow(mail))?.events?.map((e) => e.type)).toEqual(['email.delivered'])
  })

})

describe('the admin', () => {
  it('previews every template with sample data and sends a test to the signed-in user only', async () => {
    const api = createApiClient({ baseUrl: server.url })
    expect((await api.rest({ path: '/api/mail/preview?template=campaign&locale=fr' })).status).toBe(403)
    expect((await api.rest({ method: 'POST', path: '/api/mail/test', json: { template: 'campaign', locale: 'fr' } })).status).toBe(403)
    for (const collection of ['mail-messages', 'suppressions', 'outbox-messages']) expect((await api.rest({ path: `/api/${collection}` })).status).toBe(403)

    const token = await api.login({ email: 'admin@example.com', password: 'correct-horse-battery' })
    const preview = await api.rest({ path: '/api/mail/preview?template=campaign&locale=fr', token })
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ subject: 'Webinaire : bien démarrer vos consultations en ligne', category: 'marketing' })
    expect((preview.body as { html: string }).html).toContain('<html lang="fr"')
    expect((await api.rest({ path: '/api/mail/preview?template=nope&locale=fr', token })).status).toBe(400)

    const sent = await api.rest({ method: 'POST', path: '/api/mail/test', token, json: { template: 'campaign', locale: 'fr', to: 'someone-else@example.com' } })
    expect(sent.status).toBe(200)
    const test = await waitFor({ what: 'the test mail', check: () => standIn.accepted.find((e) => e.to.includes('admin@example.com')) })
    expect(test.subject).toBe('[TEST] Webinaire : bien démarrer vos consultations en ligne')
    expect(standIn.accepted.some((e) => e.to.includes('someone-else@example.com'))).toBe(false)

    // The test mail's unsubscribe link works like a real one but unsubscribes nobody.
    expect((await (await oneClick(oneClickUrl(test))).json()) as unknown).toEqual({ unsubscribed: true, outcome: 'test' })
    expect((await fetch(oneClickUrl(test), { redirect: 'manual' })).headers.get('location')).toMatch(/^\/nl\/unsubscribe\?token=[\w-]+\.[\w-]{22}$/)

    const view = await fetch(`${server.url}/admin/mail-templates`, { headers: { authorization: `JWT ${token}` } })
    expect(view.status).toBe(200)
    expect(await view.text()).toContain('Mail templates')
  })
})

describe('logs', () => {
  it('hold nothing personal', () => {
    expect(server.output()).not.toMatch(/[\w.+-]+@example\.com/)
  })
})
