/**
 * Webinar registration (cms/webinars/) on a real Payload and SQLite file: seats taken atomically under real
 * concurrency, the waitlist promoted when a seat frees, one registration per person, the cancel link (forged, reused),
 * closed registration, the mails each step queues (with the calendar invitation for a held seat), the change mails
 * with a raised sequence, and the join link never readable by the public.
 */
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createWebinarCancelToken } from '../../cms/links/webinar-cancel-token'
import { cancelRegistration, registerForWebinar, type RegistrationRequest } from '../../cms/webinars'
import { notifyRegistrants } from '../../cms/webinars/notify-registrants'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { createCampaign, ensureList } from '../support/newsletter-fixtures'
import { rawUpdate } from '../support/raw-update'

let cms: TestCms
let payload: Payload
beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms()
  payload = cms.payload
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

let n = 0
const inAWeek = () => new Date(Date.now() + 7 * 24 * 3_600_000).toISOString()
const createWebinar = async (data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'webinars',
    data: { title: 'Online consulteren', slug: `webinar-${++n}`, start: inAWeek(), durationMinutes: 60, language: 'nl', joinUrl: 'https://meet.example.com/secret-room', status: 'scheduled', _status: 'published', ...data },
    overrideAccess: true,
  })
const person = (i: number | string): RegistrationRequest => ({ email: `person-${i}@example.com`, name: `Person ${i}`, profession: 'psychologist', locale: 'nl', answers: [], newsletter: false, crm: false })
const registrations = async (webinar: number | string, status: string) =>
  (await payload.find({ collection: 'webinar-registrations', where: { and: [{ webinar: { equals: webinar } }, { status: { equals: status } }] }, pagination: false, limit: 0, overrideAccess: true })).docs
const mailsTo = async (email: string) =>
  (await payload.find({ collection: 'mail-messages', where: { to: { equals: email } }, sort: 'createdAt', pagination: false, limit: 0, overrideAccess: true })).docs
const invitationOf = (mail: { outgoing?: unknown }) => {
  const outgoing = (typeof mail.outgoing === 'string' ? JSON.parse(mail.outgoing) : mail.outgoing) as { attachments?: { filename: string; content: string }[] }
  const ics = outgoing.attachments?.find((a) => a.filename.endsWith('.ics'))
  if (!ics) return undefined
  const calendar = new ICAL.Component(ICAL.parse(Buffer.from(ics.content, 'base64').toString('utf8')))
  const event = calendar.getFirstSubcomponent('vevent')
  return { method: calendar.getFirstPropertyValue('method'), uid: event?.getFirstPropertyValue('uid'), sequence: event?.getFirstPropertyValue('sequence'), dtstart: event?.getFirstProperty('dtstart'), text: Buffer.from(ics.content, 'base64').toString('utf8') }
}

describe('webinar registration', () => {
  it('confirms while seats are free, then waitlists; a second submit changes nothing and mails nothing', async () => {
    const webinar = await createWebinar({ capacity: 2 })
    const outcomes = []
    for (const i of ['a1', 'a2', 'a3']) outcomes.push((await registerForWebinar({ payload, webinarId: webinar.id, request: person(i) })).outcome)
    expect(outcomes).toEqual(['confirmed', 'confirmed', 'waitlisted'])
    expect((await registerForWebinar({ payload, webinarId: webinar.id, request: person('a1') })).outcome).toBe('already-registered')
    expect((await mailsTo('person-a1@example.com')).map((m) => m.template)).toEqual(['webinar-registered'])
    expect((await mailsTo('person-a3@example.com')).map((m) => m.template)).toEqual(['webinar-waitlisted'])
    // The waitlist mail says where in line the person is (first here).
    expect(JSON.stringify((await mailsTo('person-a3@example.com'))[0]?.outgoing)).toContain('Je staat op plaats 1 van de wachtlijst.')
    const invite = invitationOf((await mailsTo('person-a1@example.com'))[0] as never)
    expect(invite?.method).toBe('REQUEST')
    expect(invite?.sequence).toBe(0)
    expect(invite?.dtstart?.getParameter('tzid')).toBe('Europe/Brussels')
    expect(invite?.text).toContain('meet.example.com/secret-room')
    expect(invitationOf((await mailsTo('person-a3@example.com'))[0] as never)).toBeUndefined()
    const activities = await payload.find({ collection: 'contact-activities', where: { type: { equals: 'webinar-registered' } }, limit: 0, pagination: false, overrideAccess: true })
    expect(activities.docs.length).toBeGreaterThanOrEqual(3)
  })

  it('takes exactly the seats there are when 200 people register at once', async () => {
    const webinar = await createWebinar({ capacity: 20 })
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => registerForWebinar({ payload, webinarId: webinar.id, request: person(`race-${i}`) })))
    expect(results.filter((r) => r.outcome === 'confirmed')).toHaveLength(20)
    expect(results.filter((r) => r.outcome === 'waitlisted')).toHaveLength(180)
    expect(await registrations(webinar.id, 'confirmed')).toHaveLength(20)
    expect(await registrations(webinar.id, 'waitlisted')).toHaveLength(180)
  }, 120_000)

  it('gives a cancelled seat to the longest waiting person and mails both; a reused or forged link changes nothing', async () => {
    const webinar = await createWebinar({ capacity: 1 })
    await registerForWebinar({ payload, webinarId: webinar.id, request: person('c1') })
    await registerForWebinar({ payload, webinarId: webinar.id, request: person('c2'), now: new Date(Date.now() + 1_000) })
    await registerForWebinar({ payload, webinarId: webinar.id, request: person('c3'), now: new Date(Date.now() + 2_000) })
    const [first] = await registrations(webinar.id, 'confirmed')
    const token = createWebinarCancelToken({ secret: payload.secret, registrationKey: String(first?.key) })
    expect((await cancelRegistration({ payload, token })).outcome).toBe('cancelled')
    expect((await registrations(webinar.id, 'confirmed')).map((r) => r.contact)).toHaveLength(1)
    const promoted = (await mailsTo('person-c2@example.com')).map((m) => m.template)
    expect(promoted).toEqual(['webinar-waitlisted', 'webinar-promoted'])
    expect((await mailsTo('person-c3@example.com')).map((m) => m.template)).toEqual(['webinar-waitlisted'])
    expect((await mailsTo('person-c1@example.com')).map((m) => m.template)).toEqual(['webinar-registered', 'webinar-registration-cancelled'])
    expect((await cancelRegistration({ payload, token })).outcome).toBe('already-cancelled')
    expect((await cancelRegistration({ payload, token: `${token.slice(0, -2)}xx` })).outcome).toBe('invalid')
    expect((await registrations(webinar.id, 'confirmed'))).toHaveLength(1)
  })

  it('is closed after the deadline, once ended, for a cancelled or unpublished webinar', async () => {
    const past = await createWebinar({ registrationDeadline: new Date(Date.now() - 60_000).toISOString() })
    expect((await registerForWebinar({ payload, webinarId: past.id, request: person('d1') })).outcome).toBe('closed')
    const cancelled = await createWebinar({ status: 'cancelled' })
    expect((await registerForWebinar({ payload, webinarId: cancelled.id, request: person('d2') })).outcome).toBe('cancelled-webinar')
    const draft = await createWebinar({ _status: 'draft' })
    expect((await registerForWebinar({ payload, webinarId: draft.id, request: person('d3') })).outcome).toBe('not-found')
    expect(await mailsTo('person-d1@example.com')).toHaveLength(0)
  })

  it('raises the calendar sequence when the time changes and mails confirmed seats the update with the new invitation', async () => {
    const webinar = await createWebinar({ capacity: 5 })
    await registerForWebinar({ payload, webinarId: webinar.id, request: person('e1') })
    const later = new Date(Date.now() + 8 * 24 * 3_600_000).toISOString()
    const updated = await payload.update({ collection: 'webinars', id: webinar.id, data: { start: later }, overrideAccess: true })
    expect(updated.sequence).toBe(1)
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'notifyWebinarRegistrants' } }, pagination: false, limit: 0, overrideAccess: true })
    expect(jobs.docs.some((j) => (j.input as { webinar?: string }).webinar === String(webinar.id))).toBe(true)
    expect(await notifyRegistrants({ payload, webinarId: webinar.id, kind: 'updated', changes: ['time'] })).toBe(1)
    // The job again (a retry): the same sequence, so nothing is sent twice.
    await notifyRegistrants({ payload, webinarId: webinar.id, kind: 'updated', changes: ['time'] })
    const mails = await mailsTo('person-e1@example.com')
    expect(mails.map((m) => m.template)).toEqual(['webinar-registered', 'webinar-updated'])
    const invite = invitationOf(mails[1] as never)
    expect(invite?.sequence).toBe(1)
    expect(invite?.uid).toBe(invitationOf(mails[0] as never)?.uid)
  })

  it('sends a calendar cancellation (METHOD:CANCEL, same UID, raised sequence) to seats and a notice to the waitlist when the webinar is cancelled', async () => {
    const webinar = await createWebinar({ capacity: 1 })
    await registerForWebinar({ payload, webinarId: webinar.id, request: person('g1') })
    await registerForWebinar({ payload, webinarId: webinar.id, request: person('g2') })
    const cancelled = await payload.update({ collection: 'webinars', id: webinar.id, data: { status: 'cancelled' }, overrideAccess: true })
    expect(cancelled.sequence).toBe(1)
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'notifyWebinarRegistrants' } }, pagination: false, limit: 0, overrideAccess: true })
    expect(jobs.docs.filter((j) => (j.input as { webinar?: string; kind?: string }).webinar === String(webinar.id)).map((j) => (j.input as { kind: string }).kind)).toEqual(['cancelled'])
    expect(await notifyRegistrants({ payload, webinarId: webinar.id, kind: 'cancelled' })).toBe(2)
    const seat = await mailsTo('person-g1@example.com')
    expect(seat.map((m) => m.template)).toEqual(['webinar-registered', 'webinar-cancelled'])
    const cancellation = invitationOf(seat[1] as never)
    expect(cancellation?.method).toBe('CANCEL')
    expect(cancellation?.sequence).toBe(1)
    expect(cancellation?.uid).toBe(invitationOf(seat[0] as never)?.uid)
    expect(cancellation?.text).toContain('STATUS:CANCELLED')
    const waiting = await mailsTo('person-g2@example.com')
    expect(waiting.map((m) => m.template)).toEqual(['webinar-waitlisted', 'webinar-cancelled'])
    expect(invitationOf(waiting[1] as never)).toBeUndefined()
    expect((await registerForWebinar({ payload, webinarId: webinar.id, request: person('g3') })).outcome).toBe('cancelled-webinar')
  })

  it('puts an attendance on the person\'s timeline once, however often the mark is set', async () => {
    const webinar = await createWebinar()
    const { registration } = await registerForWebinar({ payload, webinarId: webinar.id, request: person('h1') })
    const attended = async () => (await payload.count({ collection: 'contact-activities', where: { and: [{ contact: { equals: registration?.contact } }, { type: { equals: 'webinar-attended' } }] }, overrideAccess: true })).totalDocs
    expect(await attended()).toBe(0)
    await payload.update({ collection: 'webinar-registrations', id: Number(registration?.id), data: { attended: true }, overrideAccess: true })
    expect(await attended()).toBe(1)
    await payload.update({ collection: 'webinar-registrations', id: Number(registration?.id), data: { attended: false }, overrideAccess: true })
    await payload.update({ collection: 'webinar-registrations', id: Number(registration?.id), data: { attended: true }, overrideAccess: true })
    expect(await attended()).toBe(1)
  })

  it('never lets the public read the join or replay link', async () => {
    const webinar = await createWebinar({ replayUrl: 'https://video.example.com/replay' })
    const asPublic = await payload.findByID({ collection: 'webinars', id: webinar.id, overrideAccess: false })
    expect(asPublic.title).toBe('Online consulteren')
    expect(asPublic.joinUrl).toBeUndefined()
    expect(asPublic.replayUrl).toBeUndefined()
  })

  it('registers a person once when their form is sent five times at once, with one mail', async () => {
    const webinar = await createWebinar({ capacity: 10 })
    const outcomes = (await Promise.all(Array.from({ length: 5 }, () => registerForWebinar({ payload, webinarId: webinar.id, request: person('twice') })))).map((r) => r.outcome)
    expect(outcomes.filter((o) => o === 'confirmed')).toHaveLength(1)
    expect(outcomes.filter((o) => o === 'already-registered')).toHaveLength(4)
    expect(await registrations(webinar.id, 'confirmed')).toHaveLength(1)
    expect((await mailsTo('person-twice@example.com')).map((m) => m.template)).toEqual(['webinar-registered'])
  })

  it("counts a registration through a sent campaign's link as that campaign's conversion, and a forged one as nothing", async () => {
    const list = await ensureList({ payload, key: 'webinar-conversions' })
    const campaign = await createCampaign({ payload, listIds: [list.id] })
    await rawUpdate({ payload, collection: 'campaigns', id: campaign.id, data: { status: 'sent', sentAt: new Date(Date.now() - 3_600_000).toISOString() } })
    const webinar = await createWebinar()
    const { registration } = await registerForWebinar({ payload, webinarId: webinar.id, request: { ...person('f1'), campaign: String(campaign.id) } })
    expect(registration?.campaign).toBe(campaign.id)
    const conversions = await payload.find({ collection: 'campaign-events', where: { and: [{ campaign: { equals: campaign.id } }, { type: { equals: 'converted' } }] }, pagination: false, limit: 0, overrideAccess: true })
    expect(conversions.docs.map((e) => e.detail)).toEqual(['webinar'])
    const forged = await registerForWebinar({ payload, webinarId: webinar.id, request: { ...person('f2'), campaign: '99999' } })
    expect(forged.registration?.campaign ?? undefined).toBeUndefined()
  })
})
