/**
 * Webinar reminders and replays (cms/webinars/) on a real Payload and SQLite file: publishing queues the 24 h and 1 h
 * rounds for their moments; moving the webinar queues new rounds and makes the old ones send nothing; no reminder
 * after the start, for a cancelled webinar or to a cancelled seat; the replay goes once, in different words to
 * attendees and absentees, only after the event.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createWebinarCancelToken } from '../../cms/links/webinar-cancel-token'
import { cancelRegistration, registerForWebinar, type RegistrationRequest } from '../../cms/webinars'
import { sendWebinarReminders } from '../../cms/webinars/send-webinar-reminders'
import { sendWebinarReplays } from '../../cms/webinars/send-webinar-replays'
import { createTestCms, type TestCms } from '../support/create-test-cms'

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

const hour = 3_600_000
let n = 0
const createWebinar = async (data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'webinars',
    data: { title: 'Herinnering', slug: `reminded-${++n}`, start: new Date(Date.now() + 3 * 24 * hour).toISOString(), durationMinutes: 45, language: 'nl', joinUrl: 'https://meet.example.com/room', status: 'scheduled', _status: 'published', ...data },
    overrideAccess: true,
  })
const person = (i: string): RegistrationRequest => ({ email: `rem-${i}@example.com`, name: `Rem ${i}`, profession: 'coach', locale: 'nl', answers: [], newsletter: false, crm: false })
const reminderJobs = async (webinar: number | string) =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendWebinarReminders' } }, pagination: false, limit: 0, overrideAccess: true })).docs
    .filter((j) => (j.input as { webinar?: string }).webinar === String(webinar))
    .map((j) => ({ ...(j.input as { when: string; start: string }), waitUntil: j.waitUntil }))
const templatesTo = async (email: string) =>
  (await payload.find({ collection: 'mail-messages', where: { to: { equals: email } }, sort: 'createdAt', pagination: false, limit: 0, overrideAccess: true })).docs.map((m) => m.template)
const outgoingTo = async (email: string, template: string) => {
  const doc = (await payload.find({ collection: 'mail-messages', where: { and: [{ to: { equals: email } }, { template: { equals: template } }] }, limit: 1, overrideAccess: true })).docs[0]
  return JSON.stringify(doc?.outgoing ?? '')
}

describe('webinar reminders', () => {
  it('are queued for 24 h and 1 h before the start when the webinar is published, and again for a new time', async () => {
    const webinar = await createWebinar()
    const start = new Date(webinar.start).getTime()
    const rounds = (await reminderJobs(webinar.id)).map((j) => [j.when, new Date(String(j.waitUntil)).getTime()])
    expect(rounds.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['24h', start - 24 * hour],
      ['1h', start - hour],
    ])
    const moved = new Date(start + 2 * hour).toISOString()
    await payload.update({ collection: 'webinars', id: webinar.id, data: { start: moved }, overrideAccess: true })
    const jobs = await reminderJobs(webinar.id)
    expect(jobs).toHaveLength(4)
    expect(jobs.filter((j) => j.start === moved)).toHaveLength(2)
  })

  it('reach confirmed seats only, once, and never for an old time, after the start or for a cancelled webinar', async () => {
    const webinar = await createWebinar({ capacity: 2 })
    for (const i of ['r1', 'r2', 'r3', 'r4']) await registerForWebinar({ payload, webinarId: webinar.id, request: person(i) })
    // r2 gives their seat back: r3 (first waiting) gets it; r4 still waits.
    const key = (await payload.find({ collection: 'webinar-registrations', where: { and: [{ webinar: { equals: webinar.id } }, { status: { equals: 'confirmed' } }] }, sort: 'registeredAt', pagination: false, limit: 0, overrideAccess: true })).docs[1]?.key
    await cancelRegistration({ payload, token: createWebinarCancelToken({ secret: payload.secret, registrationKey: String(key) }) })
    const start = webinar.start
    expect(await sendWebinarReminders({ payload, webinarId: webinar.id, when: '24h', start })).toBe(2)
    expect(await sendWebinarReminders({ payload, webinarId: webinar.id, when: '24h', start })).toBe(2)
    expect((await templatesTo('rem-r1@example.com')).filter((t) => t === 'webinar-reminder')).toHaveLength(1)
    expect((await templatesTo('rem-r3@example.com')).filter((t) => t === 'webinar-reminder')).toHaveLength(1)
    expect(await templatesTo('rem-r2@example.com')).not.toContain('webinar-reminder')
    expect(await templatesTo('rem-r4@example.com')).not.toContain('webinar-reminder')
    expect(await outgoingTo('rem-r1@example.com', 'webinar-reminder')).toContain('meet.example.com/room')
    expect(await sendWebinarReminders({ payload, webinarId: webinar.id, when: '1h', start: new Date(new Date(start).getTime() - hour).toISOString() })).toBe('stale')
    expect(await sendWebinarReminders({ payload, webinarId: webinar.id, when: '1h', start, now: new Date(new Date(start).getTime() + 60_000) })).toBe('started')
    await payload.update({ collection: 'webinars', id: webinar.id, data: { status: 'cancelled' }, overrideAccess: true })
    expect(await sendWebinarReminders({ payload, webinarId: webinar.id, when: '1h', start })).toBe('not-scheduled')
  })
})

describe('webinar replays', () => {
  it('go once after the event, in words for attendees and for absentees', async () => {
    const webinar = await createWebinar({ capacity: 5 })
    for (const i of ['p1', 'p2']) await registerForWebinar({ payload, webinarId: webinar.id, request: person(i) })
    const [attendee] = (await payload.find({ collection: 'webinar-registrations', where: { webinar: { equals: webinar.id } }, sort: 'registeredAt', limit: 1, overrideAccess: true })).docs
    await payload.update({ collection: 'webinar-registrations', id: Number(attendee?.id), data: { attended: true }, overrideAccess: true })
    await payload.update({ collection: 'webinars', id: webinar.id, data: { replayUrl: 'https://video.example.com/replay-1' }, overrideAccess: true })
    const job = (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendWebinarReplays' } }, pagination: false, limit: 0, overrideAccess: true })).docs.find((j) => (j.input as { webinar?: string }).webinar === String(webinar.id))
    expect(new Date(String(job?.waitUntil)).getTime()).toBe(new Date(webinar.start).getTime() + 45 * 60_000)
    expect(await sendWebinarReplays({ payload, webinarId: webinar.id })).toBe('not-over')
    const after = new Date(new Date(webinar.start).getTime() + 2 * hour)
    expect(await sendWebinarReplays({ payload, webinarId: webinar.id, now: after })).toBe(2)
    expect(await sendWebinarReplays({ payload, webinarId: webinar.id, now: after })).toBe(2)
    expect((await templatesTo('rem-p1@example.com')).filter((t) => t === 'webinar-replay')).toHaveLength(1)
    const attendedText = await outgoingTo('rem-p1@example.com', 'webinar-replay')
    const absentText = await outgoingTo('rem-p2@example.com', 'webinar-replay')
    expect(attendedText).toContain('video.example.com/replay-1')
    expect(absentText).toContain('video.example.com/replay-1')
    expect(attendedText).not.toEqual(absentText.replaceAll('rem-p2', 'rem-p1').replaceAll('Rem p2', 'Rem p1'))
  })
})
