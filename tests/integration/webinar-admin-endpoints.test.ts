/**
 * The webinar admin's endpoints (cms/webinars/webinar-admin-endpoints.ts) on a real Payload and SQLite file, through
 * Payload's own REST router: who may call them (signed out 401, editors 403), counts and registrations per day, the
 * CSV export (BOM, headers, formula injection guarded), the message to registrants (one mail per confirmed seat,
 * once however often the form or the job runs) and the invitation campaign.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registerForWebinar, type RegistrationRequest } from '../../cms/webinars'
import { sendWebinarMessage } from '../../cms/webinars/send-webinar-message'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { mailsTo } from '../support/mails-to'
import { callApi, createStaff, type Staff } from '../support/webinar-admin-fixtures'

let cms: TestCms
let payload: Payload
let staff: Staff
let webinarId: number | string
let draftId: number | string

const person = (i: string, name = `Person ${i}`): RegistrationRequest => ({ email: `wa-${i}@example.com`, name, profession: 'coach', locale: 'nl', answers: [], newsletter: false, crm: false })
const day = 24 * 3_600_000

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms()
  payload = cms.payload
  staff = await createStaff({ payload, prefix: 'wa' })
  const webinar = await payload.create({
    collection: 'webinars',
    data: { title: 'Online consulteren', slug: 'online-consulteren', start: new Date(Date.now() + 7 * day).toISOString(), durationMinutes: 60, language: 'nl', capacity: 3, joinUrl: 'https://meet.example.com/room', status: 'scheduled', _status: 'published' },
    overrideAccess: true,
  })
  webinarId = webinar.id
  const draft = await payload.create({ collection: 'webinars', data: { title: 'Nog niet klaar', slug: 'nog-niet-klaar', start: new Date(Date.now() + 9 * day).toISOString(), durationMinutes: 60, language: 'nl', status: 'scheduled', _status: 'draft' }, overrideAccess: true, draft: true })
  draftId = draft.id
  const yesterday = new Date(Date.now() - day)
  await registerForWebinar({ payload, webinarId, request: person('1', '=HYPERLINK("https://evil.example/x")'), now: yesterday })
  await registerForWebinar({ payload, webinarId, request: person('2', 'Zoë "Z" Dupont') })
  await registerForWebinar({ payload, webinarId, request: person('3', '@SUM(A1)') })
  await registerForWebinar({ payload, webinarId, request: person('4') })
  const third = (await payload.find({ collection: 'webinar-registrations', where: { status: { equals: 'confirmed' } }, sort: 'id', overrideAccess: true })).docs[2]
  if (!third) throw new Error('no third registration')
  await payload.update({ collection: 'webinar-registrations', id: third.id, data: { attended: true }, overrideAccess: true })
  await payload.create({ collection: 'newsletter-lists', data: { name: 'Nieuws', key: 'nieuws', visibility: 'public', defaultForNew: true }, overrideAccess: true })
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

const path = (action: string, id: number | string = webinarId) => `/api/webinars/${id}/${action}`

describe('who may call the webinar admin', () => {
  const calls: { action: string; method: 'GET' | 'POST'; body?: string }[] = [
    { action: 'registration-stats', method: 'GET' },
    { action: 'registrations-export', method: 'GET' },
    { action: 'attendance-import', method: 'POST', body: 'email\nwa-1@example.com\n' },
    { action: 'message', method: 'POST', body: '{}' },
    { action: 'invitation-campaign', method: 'POST', body: '{}' },
  ]
  for (const { action, method, body } of calls) {
    it(`${method} ${action}: 401 signed out, 403 for editors, with the table's message`, async () => {
      const anonymous = await callApi({ payload, path: path(action), method, body })
      expect(anonymous.status).toBe(401)
      expect(await anonymous.json()).toMatchObject({ code: 'auth.sign-in-required' })
      const editor = await callApi({ payload, path: path(action), method, body, token: staff.editor })
      expect(editor.status).toBe(403)
      expect(await editor.json()).toMatchObject({ code: 'auth.forbidden', error: 'Marketers and admins only.' })
    })
  }

  it('answers 404 for an id that is no id or no webinar', async () => {
    for (const id of ['abc', '999999']) {
      const res = await callApi({ payload, path: path('registration-stats', id), token: staff.marketer })
      expect(res.status).toBe(404)
      expect(await res.json()).toMatchObject({ code: 'webinar.not-found' })
    }
  })

  it('lets marketers tick attended by hand, and never editors', async () => {
    const registration = (await payload.find({ collection: 'webinar-registrations', where: { webinar: { equals: webinarId } }, limit: 1, overrideAccess: true })).docs[0]
    if (!registration) throw new Error('no registration')
    const marketer = await payload.find({ collection: 'users', where: { roles: { contains: 'marketer' } }, limit: 1, overrideAccess: true })
    const editor = await payload.find({ collection: 'users', where: { roles: { contains: 'editor' } }, limit: 1, overrideAccess: true })
    const ticked = await payload.update({ collection: 'webinar-registrations', id: registration.id, data: { attended: true }, overrideAccess: false, user: { ...marketer.docs[0], collection: 'users' } })
    expect(ticked.attended).toBe(true)
    await expect(payload.update({ collection: 'webinar-registrations', id: registration.id, data: { attended: false }, overrideAccess: false, user: { ...editor.docs[0], collection: 'users' } })).rejects.toThrow()
    await payload.update({ collection: 'webinar-registrations', id: registration.id, data: { attended: Boolean(registration.attended) }, overrideAccess: true })
  })
})

describe('registration stats', () => {
  it('counts by status and attendance, and per Brussels day with the days between filled', async () => {
    const res = await callApi({ payload, path: path('registration-stats'), token: staff.marketer })
    expect(res.status).toBe(200)
    const stats = (await res.json()) as { counts: Record<string, number>; days: { day: string; count: number }[] }
    expect(stats.counts).toEqual({ confirmed: 3, waitlisted: 1, cancelled: 0, attended: 1, total: 4 })
    expect(stats.days).toHaveLength(2)
    expect(stats.days.map((d) => d.count)).toEqual([1, 3])
  })
})

describe('CSV export', () => {
  it('is an attachment in UTF-8 with a BOM, one row per registration, formulas guarded', async () => {
    const res = await callApi({ payload, path: path('registrations-export'), token: staff.admin })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="registrations-online-consulteren.csv"')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(lines[0]).toBe('"name";"e-mail";"profession";"status";"attended";"registered at (Brussels time)";"answers";"campaign"')
    expect(lines).toHaveLength(5)
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example/x"")";"wa-1@example.com";"coach";"confirmed";"no"`)
    expect(text).toContain('"Zoë ""Z"" Dupont";"wa-2@example.com"')
    expect(text).toContain(`"'@SUM(A1)";"wa-3@example.com";"coach";"confirmed";"yes"`)
    expect(text).toContain('"Person 4";"wa-4@example.com";"coach";"waitlisted";"no"')
    expect(text).toMatch(/"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"/)
  })

  it('takes a comma on request and refuses an unknown separator with a 400', async () => {
    const comma = await callApi({ payload, path: `${path('registrations-export')}?separator=comma`, token: staff.marketer })
    // Response.text() drops the BOM as it decodes; the first test checks its bytes.
    expect((await comma.text()).split('\r\n')[0]).toBe('"name","e-mail","profession","status","attended","registered at (Brussels time)","answers","campaign"')
    const bad = await callApi({ payload, path: `${path('registrations-export')}?separator=pipe`, token: staff.marketer })
    expect(bad.status).toBe(400)
  })
})

describe('message to registrants', () => {
  const messageId = '6f1c1f0e-3f0a-4a39-9a55-0d3d8f5d2a01'
  const post = (body: unknown, token = staff.marketer) => callApi({ payload, path: path('message'), method: 'POST', token, body: JSON.stringify(body), contentType: 'application/json' })
  const runMessageJobs = async () => {
    const jobs = await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'sendWebinarMessage' } }, { completedAt: { exists: false } }] }, pagination: false, limit: 0, overrideAccess: true })
    for (const job of jobs.docs) await payload.jobs.runByID({ id: job.id, silent: true })
    return jobs.docs.length
  }

  it('refuses a bad message with a 400 that says why, and a body that is not JSON', async () => {
    const res = await post({ messageId, subject: 'Hi\nBcc: x@example.com', body: 'short' })
    expect(res.status).toBe(400)
    const answer = (await res.json()) as { code: string; error: string }
    expect(answer.code).toBe('webinar.message-invalid')
    expect(answer.error).toContain('the subject must be one line')
    expect(answer.error).toContain('the message needs at least 10 characters')
    const garbage = await callApi({ payload, path: path('message'), method: 'POST', token: staff.marketer, body: '{not json', contentType: 'application/json' })
    expect(garbage.status).toBe(400)
    expect((await post({ subject: 'Praktisch', body: 'Een bericht zonder id.' })).status).toBe(400)
  })

  it('mails each confirmed seat once, however often the form is posted or the job runs; a new message mails again', async () => {
    const message = { messageId, subject: 'Praktisch: de link volgt', body: 'Beste deelnemer,\n\nDe link volgt <b>morgen</b>.\nTot dan!' }
    const first = await post(message)
    expect(first.status).toBe(200)
    expect(await first.json()).toMatchObject({ recipients: 3 })
    expect((await post(message)).status).toBe(200)
    expect(await runMessageJobs()).toBe(2)
    // The job once more, as a retry would run it.
    expect(await sendWebinarMessage({ payload, webinarId, ...message })).toBe(3)
    for (const i of ['1', '2', '3']) {
      const mails = await mailsTo({ payload, to: `wa-${i}@example.com`, template: 'webinar-message' })
      expect(mails).toHaveLength(1)
      expect(mails[0]?.subject).toBe('Praktisch: de link volgt')
      expect(mails[0]?.text).toContain('De link volgt <b>morgen</b>. Tot dan!')
    }
    expect(await mailsTo({ payload, to: 'wa-4@example.com', template: 'webinar-message' })).toHaveLength(0)
    const html = (await payload.find({ collection: 'mail-messages', where: { template: { equals: 'webinar-message' } }, limit: 1, overrideAccess: true })).docs[0]?.outgoing as { html?: string } | undefined
    expect(html?.html).toContain('&lt;b&gt;morgen&lt;/b&gt;')
    await post({ ...message, messageId: '6f1c1f0e-3f0a-4a39-9a55-0d3d8f5d2a02' })
    await runMessageJobs()
    expect(await mailsTo({ payload, to: 'wa-1@example.com', template: 'webinar-message' })).toHaveLength(2)
  })
})

describe('invite a list', () => {
  it('creates a draft campaign in the webinar’s language, with its time and a button to its page', async () => {
    const res = await callApi({ payload, path: path('invitation-campaign'), method: 'POST', token: staff.marketer })
    expect(res.status).toBe(200)
    const { id, adminUrl } = (await res.json()) as { id: number; adminUrl: string }
    expect(adminUrl).toBe(`/admin/collections/campaigns/${id}`)
    const campaign = await payload.findByID({ collection: 'campaigns', id, locale: 'nl', depth: 0, overrideAccess: true })
    expect(campaign).toMatchObject({ name: 'Invitation: Online consulteren', status: 'draft', languages: ['nl'], subject: 'Uitnodiging: Online consulteren' })
    expect(campaign.lists).toHaveLength(1)
    const blocks = campaign.content ?? []
    expect(blocks.map((b) => b.blockType)).toEqual(['heading', 'paragraph', 'button'])
    expect(blocks[1]).toMatchObject({ text: expect.stringContaining('(Brusselse tijd, ') })
    expect(blocks[2]).toMatchObject({ url: `${String(payload.config.serverURL)}/nl/webinars/online-consulteren` })
    const sent = await payload.count({ collection: 'campaign-sends', overrideAccess: true })
    expect(sent.totalDocs).toBe(0)
  })

  it('refuses a webinar that is not published yet (its link would lead nowhere)', async () => {
    const res = await callApi({ payload, path: path('invitation-campaign', draftId), method: 'POST', token: staff.admin })
    expect(res.status).toBe(409)
    expect(await res.json()).toMatchObject({ code: 'webinar.not-published' })
  })
})
