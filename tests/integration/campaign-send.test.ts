import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cancelCampaign } from '../../cms/campaigns/cancel-campaign'
import { DomainError, describeError } from '../../cms/errors'
import { campaignProgress } from '../../cms/campaigns/campaign-progress'
import { pauseCampaign } from '../../cms/campaigns/pause-campaign'
import { resumeCampaign } from '../../cms/campaigns/resume-campaign'
import { scheduleCampaign } from '../../cms/campaigns/schedule-campaign'
import { sendCampaignTest } from '../../cms/campaigns/send-campaign-test'
import { startCampaign } from '../../cms/campaigns/start-campaign'
import { unscheduleCampaign } from '../../cms/campaigns/unschedule-campaign'
import { startJobRunner, type JobRunner } from '../../server/start-job-runner'
import { startResendStandIn, type ResendStandIn } from '../stand-ins/resend-stand-in'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { createCampaign, createContact, ensureList } from '../support/newsletter-fixtures'
import { waitFor } from '../support/wait-for'

let cms: TestCms
let standIn: ResendStandIn
let runner: JobRunner

const site = 'https://www.myplugin.test'
const statusOf = async (id: number | string) => (await cms.payload.findByID({ collection: 'campaigns', id, depth: 0 })).status
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(DomainError)
  const refused = error as DomainError
  // The status an endpoint answers comes from the error table, never from the operation.
  return { code: refused.code, message: refused.message, status: describeError({ code: refused.code, params: refused.params, locale: 'en' }).status }
}
const batchRequests = () => standIn.log.filter((x) => x.path === '/emails/batch' && x.status === 200)

beforeAll(async () => {
  // Answers take a quarter second, as a busy provider's do: pause and cancel then land while batches remain.
  standIn = await startResendStandIn({ requestsPerSecond: 5, answerDelayMs: 250 })
  process.env.RESEND_API_KEY = standIn.apiKey
  process.env.RESEND_BASE_URL = standIn.url
  process.env.RESEND_WEBHOOK_SECRET = standIn.webhookSecret
  process.env.RESEND_MAX_REQUESTS_PER_SECOND = '5'
  process.env.MAIL_FROM = 'myPlugin <hello@myplugin.test>'
  process.env.PUBLIC_URL = site
  cms = await createTestCms()
  runner = startJobRunner({ payload: cms.payload, workerId: 'campaign-test', pollMs: 50, leaseMs: 60_000, logger: pino({ level: 'silent' }) })
})
afterAll(async () => {
  await runner?.stop({ timeoutMs: 10_000 })
  await cms?.close()
  await standIn?.close()
})

describe('sending a campaign', () => {
  it('reaches every confirmed reader of its lists and languages exactly once, in their language, in batches of at most 100', async () => {
    const { payload } = cms
    const tips = await ensureList({ payload, key: 'tips' })
    const webinars = await ensureList({ payload, key: 'webinars' })
    const other = await ensureList({ payload, key: 'other' })
    const expected = new Map<string, 'nl' | 'fr'>()
    for (let i = 0; i < 230; i++) {
      const locale = i % 2 === 0 ? 'nl' : 'fr'
      // Some are on both lists: they still get one mail.
      const lists = i % 5 === 0 ? [{ id: tips.id, status: 'confirmed' as const }, { id: webinars.id, status: 'confirmed' as const }] : [{ id: tips.id, status: 'confirmed' as const }]
      await createContact({ payload, email: `reader${i}@example.com`, name: `Reader${i} Lastname`, locale, lists })
      expected.set(`reader${i}@example.com`, locale)
    }
    const suppressed = ['gone0@example.com', 'gone1@example.com', 'gone2@example.com']
    for (const email of suppressed) {
      await createContact({ payload, email, lists: [{ id: tips.id, status: 'confirmed' }] })
      await payload.create({ collection: 'suppressions', data: { email, reason: 'hard-bounce' }, overrideAccess: true })
    }
    await createContact({ payload, email: 'left@example.com', status: 'unsubscribed', lists: [{ id: tips.id, status: 'confirmed' }] })
    await createContact({ payload, email: 'pending@example.com', lists: [{ id: tips.id, status: 'pending' }] })
    await createContact({ payload, email: 'left-list@example.com', lists: [{ id: tips.id, status: 'unsubscribed' }] })
    await createContact({ payload, email: 'english@example.com', locale: 'en', lists: [{ id: tips.id, status: 'confirmed' }] })
    await createContact({ payload, email: 'elsewhere@example.com', lists: [{ id: other.id, status: 'confirmed' }] })

    const campaign = await createCampaign({ payload, listIds: [tips.id, webinars.id], languages: ['nl', 'fr'], siteUrl: site })
    const started = await startCampaign({ payload, campaignId: campaign.id })
    expect(started.total).toBe(expected.size + suppressed.length)
    // A second click, from anyone, starts nothing.
    expect(await refusal(startCampaign({ payload, campaignId: campaign.id }))).toMatchObject({ code: 'campaign.already-sending', status: 409 })

    await waitFor({ what: 'the campaign to be sent', timeoutMs: 30_000, check: async () => (await statusOf(campaign.id)) === 'sent' })
    const received = standIn.accepted.filter((e) => e.tags.campaign === String(campaign.id))
    const addresses = received.map((e) => e.to[0] as string)
    expect(addresses).toHaveLength(expected.size)
    expect(new Set(addresses)).toEqual(new Set(expected.keys()))
    for (const mail of received) {
      const locale = expected.get(mail.to[0] as string)
      expect(mail.subject).toBe(`Subject ${locale?.toUpperCase()}`)
      expect(mail.text).toContain(`Body in ${locale}`)
      // First name only; the link passes our own redirect and leads to our site with the campaign, never the person
      // (these readers did not agree to per-person measurement).
      expect(mail.text).toMatch(/(Dag|Bonjour) Reader\d+,/)
      const click = /\/api\/campaigns\/click\/([\w-]+)\./.exec(mail.text ?? '')?.[1] ?? ''
      expect(JSON.parse(Buffer.from(click, 'base64url').toString('utf8'))).toEqual({ c: String(campaign.id), u: `${site}/${locale}/webinars?mp_c=${campaign.id}`, exp: expect.any(Number) })
      expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
      expect(mail.text).toContain(`${site}/${locale}/preferences?token=`)
    }
    const requests = batchRequests()
    expect(requests.length).toBe(Math.ceil((expected.size + suppressed.length) / 100))
    for (const r of requests) expect((r.body as unknown[]).length).toBeLessThanOrEqual(100)
    const progress = await campaignProgress({ payload, campaignId: campaign.id })
    expect(progress).toMatchObject({ status: 'sent', total: expected.size + suppressed.length, sent: expected.size, skipped: suppressed.length, failed: 0 })
  })

  it('refuses an empty language version, a past schedule, and sending twice, with clear messages', async () => {
    const { payload } = cms
    const list = await ensureList({ payload, key: 'tips' })
    const halfWritten = await createCampaign({ payload, listIds: [list.id], languages: ['nl', 'fr'], versions: ['nl'] })
    const empty = await refusal(startCampaign({ payload, campaignId: halfWritten.id }))
    expect(empty).toMatchObject({ code: 'campaign.empty-language', status: 400 })
    expect(empty.message).toMatch(/French version is empty/)
    expect(await statusOf(halfWritten.id)).toBe('draft')
    expect((await refusal(scheduleCampaign({ payload, campaignId: halfWritten.id, input: { at: new Date(Date.now() + 3_600_000).toISOString() } }))).message).toMatch(/French/)

    const ready = await createCampaign({ payload, listIds: [list.id], languages: ['nl'] })
    const past = await refusal(scheduleCampaign({ payload, campaignId: ready.id, input: { at: new Date(Date.now() - 60_000).toISOString() } }))
    expect(past).toMatchObject({ code: 'campaign.schedule-too-soon', status: 400 })
    expect(past.message).toMatch(/past/)
    expect(await refusal(scheduleCampaign({ payload, campaignId: ready.id, input: { at: 'tomorrow' } }))).toMatchObject({ code: 'campaign.schedule-missing', status: 400 })
    expect(await statusOf(ready.id)).toBe('draft')

    // Scheduled, then withdrawn: the queued job finds the schedule gone and sends nothing.
    const at = new Date(Date.now() + 61_000).toISOString()
    await scheduleCampaign({ payload, campaignId: ready.id, input: { at } })
    expect(await statusOf(ready.id)).toBe('scheduled')
    await unscheduleCampaign({ payload, campaignId: ready.id })
    expect(await statusOf(ready.id)).toBe('draft')
    // Content can no longer change once sending started.
    await startCampaign({ payload, campaignId: ready.id })
    await expect(payload.update({ collection: 'campaigns', id: ready.id, locale: 'nl', data: { subject: 'Changed' } })).rejects.toThrow(/can no longer change/)
    await waitFor({ what: 'the second campaign to be sent', timeoutMs: 30_000, check: async () => (await statusOf(ready.id)) === 'sent' })
    expect((await refusal(startCampaign({ payload, campaignId: ready.id }))).message).toMatch(/already sent/)
  })

  it('starts a scheduled campaign at its time, not before', async () => {
    const { payload } = cms
    const list = await ensureList({ payload, key: 'scheduled-list' })
    await createContact({ payload, email: 'on-time@example.com', locale: 'nl', lists: [{ id: list.id, status: 'confirmed' }] })
    const campaign = await createCampaign({ payload, listIds: [list.id], languages: ['nl'] })
    // "Now" as the action sees it is 58 s ago: the earliest allowed time (a minute ahead) is 3 s from the real now.
    const at = new Date(Date.now() + 3000)
    await scheduleCampaign({ payload, campaignId: campaign.id, input: { at: at.toISOString() }, now: new Date(Date.now() - 58_000) })
    const mine = () => standIn.accepted.filter((e) => e.tags.campaign === String(campaign.id))
    await new Promise((r) => setTimeout(r, 1500))
    expect(mine()).toHaveLength(0)
    expect(await statusOf(campaign.id)).toBe('scheduled')
    await waitFor({ what: 'the scheduled campaign to be sent', timeoutMs: 20_000, check: async () => (await statusOf(campaign.id)) === 'sent' })
    expect(mine().map((e) => e.to[0])).toEqual(['on-time@example.com'])
    const sent = await payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0 })
    expect(new Date(String(sent.sentAt)).getTime()).toBeGreaterThanOrEqual(at.getTime())
  })

  it('pauses between batches and resumes where it stopped: nobody twice, nobody left out', async () => {
    const { payload } = cms
    const list = await ensureList({ payload, key: 'pause-list' })
    for (let i = 0; i < 450; i++) await createContact({ payload, email: `p${i}@example.com`, locale: 'en', lists: [{ id: list.id, status: 'confirmed' }] })
    const campaign = await createCampaign({ payload, listIds: [list.id], languages: ['en'] })
    const mine = () => standIn.accepted.filter((e) => e.tags.campaign === String(campaign.id))
    await startCampaign({ payload, campaignId: campaign.id })
    await waitFor({ what: 'a first batch', timeoutMs: 20_000, check: () => mine().length >= 100 })
    await pauseCampaign({ payload, campaignId: campaign.id })
    await new Promise((r) => setTimeout(r, 1500))
    const whilePaused = mine().length
    expect(whilePaused).toBeLessThan(450)
    await new Promise((r) => setTimeout(r, 1000))
    expect(mine().length).toBe(whilePaused)
    expect(await refusal(pauseCampaign({ payload, campaignId: campaign.id }))).toMatchObject({ code: 'campaign.not-sending', status: 409 })
    await resumeCampaign({ payload, campaignId: campaign.id })
    await waitFor({ what: 'the resumed campaign to be sent', timeoutMs: 30_000, check: async () => (await statusOf(campaign.id)) === 'sent' })
    const addresses = mine().map((e) => e.to[0])
    expect(addresses).toHaveLength(450)
    expect(new Set(addresses).size).toBe(450)
  })

  it('cancels: the rest is never sent', async () => {
    const { payload } = cms
    const list = await ensureList({ payload, key: 'cancel-list' })
    for (let i = 0; i < 400; i++) await createContact({ payload, email: `c${i}@example.com`, locale: 'nl', lists: [{ id: list.id, status: 'confirmed' }] })
    const campaign = await createCampaign({ payload, listIds: [list.id], languages: ['nl'] })
    const mine = () => standIn.accepted.filter((e) => e.tags.campaign === String(campaign.id))
    await startCampaign({ payload, campaignId: campaign.id })
    await waitFor({ what: 'a first batch', timeoutMs: 20_000, check: () => mine().length >= 100 })
    await cancelCampaign({ payload, campaignId: campaign.id })
    await new Promise((r) => setTimeout(r, 2000))
    const sent = mine().length
    expect(sent).toBeLessThan(400)
    expect(await statusOf(campaign.id)).toBe('cancelled')
    await new Promise((r) => setTimeout(r, 1000))
    expect(mine().length).toBe(sent)
    expect(await refusal(resumeCampaign({ payload, campaignId: campaign.id }))).toMatchObject({ code: 'campaign.not-paused', status: 409 })
  })

  it('sends a test of every language to the marketer, marked as a test, with links that unsubscribe nobody', async () => {
    const { payload } = cms
    const list = await ensureList({ payload, key: 'tips' })
    const campaign = await createCampaign({ payload, listIds: [list.id], languages: ['nl', 'fr', 'en'] })
    const result = await sendCampaignTest({ payload, campaignId: campaign.id, to: 'marketer@example.com', name: 'Mia' })
    expect(result.locales).toEqual(['nl', 'fr', 'en'])
    await waitFor({ what: 'three test mails', timeoutMs: 20_000, check: () => standIn.accepted.filter((e) => e.to.includes('marketer@example.com')).length === 3 })
    const subjects = standIn.accepted.filter((e) => e.to.includes('marketer@example.com')).map((e) => e.subject).sort()
    expect(subjects).toEqual(['[TEST EN] Subject EN', '[TEST FR] Subject FR', '[TEST NL] Subject NL'])
    expect(await statusOf(campaign.id)).toBe('draft')
  })
})
