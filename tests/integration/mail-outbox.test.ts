import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queueMail } from '../../cms/mail/queue-mail'
import { startJobRunner, type JobRunner } from '../../server/start-job-runner'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { waitFor } from '../support/wait-for'
import { confirmedOnNewsletter } from '../support/confirmed-on-newsletter'

let cms: TestCms
let runner: JobRunner

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms()
  runner = startJobRunner({ payload: cms.payload, workerId: 'outbox-test', pollMs: 50, leaseMs: 60_000, logger: pino({ level: 'silent' }) })
})
afterAll(async () => {
  await runner?.stop({ timeoutMs: 5000 })
  await cms?.close()
})

describe('without RESEND_API_KEY: the local outbox', () => {
  it('holds marketing mail as sent, with its one-click headers and clickable unsubscribe link, and records it', async () => {
    const reader = await cms.payload.create({ collection: 'contacts', data: { email: 'laptop@example.com', name: 'Lotte', locale: 'nl', ...(await confirmedOnNewsletter({ payload: cms.payload })) } })
    await queueMail({ payload: cms.payload, template: 'welcome', locale: 'nl', props: { siteUrl: 'http://localhost:3000/nl/' }, to: reader.email, name: reader.name, subscriberId: reader.id, contactRef: reader.ref ?? undefined, idempotencyKey: `welcome:${reader.id}` })
    const outbox = await waitFor({
      what: 'the outbox message',
      check: async () => (await cms.payload.find({ collection: 'outbox-messages', where: { idempotencyKey: { equals: `welcome:${reader.id}` } } })).docs[0],
    })
    expect(outbox).toMatchObject({ to: 'laptop@example.com', subject: 'Welkom bij de nieuwsbrief van myPlugin', category: 'marketing' })
    const headers = outbox.headers as Record<string, string>
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    const url = /<(http[^>]+)>/.exec(headers['List-Unsubscribe'] ?? '')?.[1]
    expect(url).toMatch(/\/api\/mail\/unsubscribe\?token=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/)
    expect(outbox.html).toContain(`href="${url}"`)
    expect(outbox.html).toContain('Dag Lotte,')

    const record = await waitFor({
      what: 'the message record',
      check: async () => (await cms.payload.find({ collection: 'mail-messages', where: { idempotencyKey: { equals: `welcome:${reader.id}` }, status: { equals: 'sent' } } })).docs[0],
    })
    expect(record).toMatchObject({ provider: 'outbox', providerId: String(outbox.id), template: 'welcome', locale: 'nl', category: 'marketing' })
    expect(typeof record.contact === 'object' ? record.contact?.id : record.contact).toBe(reader.id)
  })

  it('keeps a mail\'s attachments, readable through Payload and encrypted in the database', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nATTENDEE:mailto:outbox.attendee@example.com\r\nURL:https://meet.myplugin.test/j/private-1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
    const invite = { filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: Buffer.from(ics).toString('base64') }
    await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'nl', props: {}, to: 'outbox.attendee@example.com', idempotencyKey: 'outbox-invite-1', attachments: [invite] })
    const outbox = await waitFor({
      what: 'the outbox message',
      check: async () => (await cms.payload.find({ collection: 'outbox-messages', where: { idempotencyKey: { equals: 'outbox-invite-1' } } })).docs[0],
    })
    expect(outbox.attachments).toEqual([invite])
    expect(Buffer.from((outbox.attachments as (typeof invite)[])[0]!.content, 'base64').toString('utf8')).toBe(ics)
    // As stored: one ciphertext bound to this field, like the body it travels with.
    const raw = await cms.payload.db.findOne<Record<string, unknown> & { id: string | number }>({ collection: 'outbox-messages', where: { idempotencyKey: { equals: 'outbox-invite-1' } } })
    expect(raw?.attachments).toMatch(/^enc1\.[0-9a-f]{8}\./)
    // Messages without files store none.
    const earlier = await cms.payload.db.findOne<Record<string, unknown> & { id: string | number }>({ collection: 'outbox-messages', where: { idempotencyKey: { not_equals: 'outbox-invite-1' } } })
    expect(earlier?.attachments ?? null).toBeNull()
  })
})
