import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createRecordedMailPort } from '../../cms/mail/create-recorded-mail-port'
import { queueMail } from '../../cms/mail/queue-mail'
import { retryMailMessage } from '../../cms/mail/retry-mail-message'
import { createResendMailAdapter } from '../../integrations/mail/create-resend-mail-adapter'
import type { MailAttachment } from '../../integrations/mail/mail-port'
import { startJobRunner, type JobRunner } from '../../server/start-job-runner'
import { startResendStandIn, type ResendStandIn } from '../stand-ins/resend-stand-in'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { resendEnv } from '../support/resend-env'
import { waitFor } from '../support/wait-for'

/**
 * A transactional mail with a file (a webinar's calendar invitation) through the real pipeline: queueMail → the
 * mail-messages row (encrypted) → the sendMail job → the real Resend SDK → the stand-in, which decodes what arrived.
 * The file must survive a provider outage (the job's retry), a dead letter retried from the admin, and never be
 * sent through the batch endpoint, which would lose it.
 */
let cms: TestCms
let standIn: ResendStandIn
let runner: JobRunner

const calendar = (attendee: string) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//myPlugin//Webinars//NL',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:webinar-42-${attendee}`,
    'DTSTART:20270312T180000Z',
    'SUMMARY:Webinar: bien démarrer vos consultations en ligne',
    `ATTENDEE;RSVP=TRUE:mailto:${attendee}`,
    'URL:https://meet.myplugin.test/j/private-join-7f3a9c',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n')
const invite = (attendee: string): MailAttachment => ({
  filename: 'invite.ics',
  contentType: 'text/calendar; charset=utf-8; method=REQUEST',
  content: Buffer.from(calendar(attendee), 'utf8').toString('base64'),
})
const decoded = (content: string | undefined) => Buffer.from(content ?? '', 'base64').toString('utf8')
const acceptedFor = (address: string) => standIn.accepted.filter((e) => e.to.includes(address))
const settled = async (id: string | number) => {
  const job = await cms.payload.findByID({ collection: 'payload-jobs', id, depth: 0 })
  return job.completedAt || job.hasError ? job : undefined
}
const rowFor = async (idempotencyKey: string) => (await cms.payload.find({ collection: 'mail-messages', where: { idempotencyKey: { equals: idempotencyKey } }, depth: 0 })).docs[0]

beforeAll(async () => {
  standIn = await startResendStandIn({ requestsPerSecond: 10 })
  Object.assign(process.env, resendEnv({ standIn, maxRequestsPerSecond: 5 }))
  cms = await createTestCms()
  runner = startJobRunner({ payload: cms.payload, workerId: 'attachments-test', pollMs: 50, leaseMs: 60_000, logger: pino({ level: 'silent' }) })
})
afterAll(async () => {
  await runner?.stop({ timeoutMs: 10_000 })
  await cms?.close()
  await standIn?.close()
})

describe('a mail with an attachment, through Resend (the real SDK against the stand-in)', () => {
  it('arrives with the file as queued, also when the first attempt met an outage', async () => {
    const attendee = 'attendee.one@example.com'
    standIn.outage({ requests: 1 })
    const { jobId } = await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'fr', props: {}, to: attendee, idempotencyKey: 'webinar-42:1', attachments: [invite(attendee)] })
    const job = await waitFor({ what: 'the job to finish', timeoutMs: 30_000, check: () => settled(jobId) })
    expect(job.hasError).toBeFalsy()
    expect((job.log ?? []).some((l) => l.state === 'failed')).toBe(true)

    const [mail, ...more] = acceptedFor(attendee)
    expect(more).toEqual([])
    expect(mail?.viaBatch).toBe(false)
    expect(mail?.attachments).toEqual([{ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: invite(attendee).content, path: undefined }])
    expect(decoded(mail?.attachments[0]?.content)).toBe(calendar(attendee))
    // The attempt the outage refused carried the same file: the retry sent the stored message, not a new one.
    const attempts = standIn.log.filter((e) => e.path === '/emails' && e.headers['idempotency-key'] === 'webinar-42:1')
    expect(attempts.map((e) => e.status)).toEqual([503, 200])
    for (const attempt of attempts) expect((attempt.body as { attachments?: unknown }).attachments).toEqual([{ filename: 'invite.ics', content_type: 'text/calendar; charset=utf-8; method=REQUEST', content: invite(attendee).content }])
    expect(await rowFor('webinar-42:1')).toMatchObject({ status: 'sent', outgoing: null })
  }, 45_000)

  it('keeps the file in a dead letter, and a retry from the admin sends it again', async () => {
    const attendee = 'attendee.two@example.com'
    standIn.failNext({ status: 422, name: 'validation_error', message: 'The recipient was refused.' })
    const { jobId } = await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'nl', props: {}, to: attendee, idempotencyKey: 'webinar-42:2', attachments: [invite(attendee)] })
    await waitFor({ what: 'the job to fail', check: () => settled(jobId) })
    const dead = await rowFor('webinar-42:2')
    expect(dead).toMatchObject({ status: 'failed', deadLetter: { attachments: [invite(attendee)] } })
    expect(acceptedFor(attendee)).toEqual([])

    const retry = await retryMailMessage({ payload: cms.payload, id: dead!.id })
    await waitFor({ what: 'the retried job', check: () => settled(retry.jobId) })
    expect(await rowFor('webinar-42:2')).toMatchObject({ status: 'sent', deadLetter: null })
    const [mail] = acceptedFor(attendee)
    expect(mail?.attachments.map((a) => [a.filename, a.contentType, decoded(a.content)])).toEqual([['invite.ics', 'text/calendar; charset=utf-8; method=REQUEST', calendar(attendee)]])
  })

  it('refuses an unsafe attachment with a clear error before anything is queued', async () => {
    const jobs = (await cms.payload.count({ collection: 'payload-jobs' })).totalDocs
    const attendee = 'attendee.three@example.com'
    const queue = (attachment: MailAttachment, template: 'test-mail' | 'welcome' = 'test-mail') =>
      queueMail({ payload: cms.payload, template, locale: 'nl', props: { siteUrl: 'https://www.myplugin.test/' }, to: attendee, contactRef: 'a-reference', idempotencyKey: 'webinar-42:3', attachments: [attachment] })
    await expect(queue({ ...invite(attendee), filename: '../../invite.ics' })).rejects.toThrow('mail refused before sending: attachments.0.filename is not a safe file name')
    await expect(queue({ ...invite(attendee), filename: 'invite.ics.exe' })).rejects.toThrow('attachments.0.filename does not end in .ics')
    await expect(queue({ ...invite(attendee), contentType: 'application/x-msdownload' })).rejects.toThrow('attachments.0.contentType is not an allowed type (text/calendar)')
    await expect(queue({ ...invite(attendee), content: calendar(attendee) })).rejects.toThrow('attachments.0.content is not base64')
    await expect(queue(invite(attendee), 'welcome')).rejects.toThrow('attachments are for transactional mail only')
    expect((await cms.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobs)
    expect(await rowFor('webinar-42:3')).toBeUndefined()
  })

  it('the batch path refuses messages with attachments: nothing recorded, nothing sent', async () => {
    const adapter = createResendMailAdapter({ apiKey: standIn.apiKey, baseUrl: standIn.url, from: 'myPlugin <hello@myplugin.test>', maxRequestsPerSecond: 5 })
    const port = createRecordedMailPort({ payload: cms.payload, port: adapter, provider: 'resend', onPermanentFailure: 'skip' })
    const message = (i: number) => ({ to: `batch${i}@example.com`, subject: 'Uitnodiging', html: '<p>x</p>', text: 'x', idempotencyKey: `webinar-batch:${i}` })
    const requests = standIn.log.length
    const messages = [message(1), { ...message(2), attachments: [invite('batch2@example.com')] }]
    await expect(port.sendBatch({ messages, idempotencyKey: 'webinar-batch' })).rejects.toThrow(/a batch cannot carry attachments .*messages 1 have some: send each alone/)
    await expect(adapter.sendBatch({ messages, idempotencyKey: 'webinar-batch' })).rejects.toMatchObject({ code: 'invalid_message', retryable: false })
    expect(standIn.log.length).toBe(requests)
    expect(await rowFor('webinar-batch:1')).toBeUndefined()

    // And the stand-in answers a batch with attachments the way Resend's documentation says it must not be used.
    const res = await fetch(`${standIn.url}/emails/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${standIn.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ from: 'hello@myplugin.test', to: 'batch3@example.com', subject: 's', text: 't', attachments: [{ filename: 'invite.ics', content: invite('x@example.com').content }] }]),
    })
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({ name: 'validation_error', message: expect.stringContaining('`attachments` field is not supported') })
    expect(acceptedFor('batch3@example.com')).toEqual([])
  })
})
