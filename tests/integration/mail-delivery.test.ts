import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queueMail } from '../../cms/mail/queue-mail'
import { queueMailBatch } from '../../cms/contacts/queue-mail-batch'
import { retryMailMessage } from '../../cms/mail/retry-mail-message'
import { getMailTemplate } from '../../emails/template-registry'
import { startJobRunner, type JobRunner } from '../../server/start-job-runner'
import { startResendStandIn, type ResendStandIn } from '../stand-ins/resend-stand-in'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { waitFor } from '../support/wait-for'
import { confirmedOnNewsletter } from '../support/confirmed-on-newsletter'

let cms: TestCms
let standIn: ResendStandIn
let runner: JobRunner

const campaignProps = {
  nl: getMailTemplate('campaign').sample({ locale: 'nl' }),
  fr: getMailTemplate('campaign').sample({ locale: 'fr' }),
  en: getMailTemplate('campaign').sample({ locale: 'en' }),
} as never

const jobsSettled = async (ids: (string | number)[]) => {
  const found = await cms.payload.find({ collection: 'payload-jobs', where: { id: { in: ids } }, limit: 0, pagination: false, depth: 0 })
  return found.docs.length === ids.length && found.docs.every((j) => j.completedAt || j.hasError) ? found.docs : undefined
}
const acceptedFor = (address: string) => standIn.accepted.filter((e) => e.to.includes(address))

beforeAll(async () => {
  // The adapter paces itself at 5 requests/s; the stand-in allows 10 so that only the scripted storm answers 429.
  standIn = await startResendStandIn({ requestsPerSecond: 10 })
  process.env.RESEND_API_KEY = standIn.apiKey
  process.env.RESEND_BASE_URL = standIn.url
  process.env.RESEND_WEBHOOK_SECRET = standIn.webhookSecret
  process.env.RESEND_MAX_REQUESTS_PER_SECOND = '5'
  process.env.MAIL_FROM = 'myPlugin <hello@myplugin.test>'
  process.env.PUBLIC_URL = 'https://www.myplugin.test'
  cms = await createTestCms()
  runner = startJobRunner({ payload: cms.payload, workerId: 'mail-test', pollMs: 50, leaseMs: 60_000, logger: pino({ level: 'silent' }) })
})
afterAll(async () => {
  await runner?.stop({ timeoutMs: 10_000 })
  await cms?.close()
  await standIn?.close()
})

describe('delivery through Resend (the real SDK against the stand-in)', () => {
  it('survives an outage and a 429 storm: every message arrives once, none is lost or duplicated', async () => {
    const languages = ['nl', 'fr', 'en'] as const
    const subscribers = []
    for (let i = 0; i < 150; i++) {
      subscribers.push(
        await cms.payload.create({ collection: 'contacts', data: { email: `reader${i}@example.com`, name: `Reader ${i}`, locale: languages[i % 3], ...(await confirmedOnNewsletter({ payload: cms.payload })) } }),
      )
    }
    // The next 3 requests meet an outage, the 3 after them a rate-limit storm asking for 7 s of patience.
    standIn.outage({ requests: 3 })
    standIn.rateLimitStorm({ requests: 3, retryAfterSeconds: 7 })
    const singles: { jobId: string | number }[] = []
    for (let i = 0; i < 10; i++) {
      singles.push(await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'en', props: {}, to: `single${i}@example.com`, idempotencyKey: `storm-single-${i}` }))
    }
    const batch = await queueMailBatch({ payload: cms.payload, template: 'campaign', propsByLocale: campaignProps, subscriberIds: subscribers.map((s) => s.id), batchKey: 'storm-campaign' })
    expect(batch.jobIds).toHaveLength(2)

    const jobs = await waitFor({ what: 'every mail job to finish', timeoutMs: 120_000, everyMs: 250, check: () => jobsSettled([...singles.map((s) => s.jobId), ...batch.jobIds]) })
    expect(jobs.filter((j) => j.hasError)).toEqual([])

    // Nothing lost, nothing twice: 160 messages, 160 different recipients, each exactly once.
    const recipients = standIn.accepted.flatMap((e) => e.to).filter((to) => /^(single|reader)\d+@/.test(to))
    expect(recipients).toHaveLength(160)
    expect(new Set(recipients).size).toBe(160)
    expect(standIn.counters()).toMatchObject({ scriptedFailures: 6 })

    // The failures were retried by the queue, and a 429's retry-after was honoured (7 s, above the 5 s backoff).
    const retried = jobs.filter((j) => (j.log ?? []).some((l) => l.state === 'failed'))
    expect(retried.length).toBeGreaterThanOrEqual(2)
    for (const job of retried) {
      const log = job.log ?? []
      for (const [i, entry] of log.entries()) {
        const next = log[i + 1]
        if (entry.state !== 'failed' || !next) continue
        const waited = Date.parse(String(next.executedAt)) - Date.parse(String(entry.completedAt))
        const wanted = JSON.stringify(entry.error).includes('Please limit the number of requests') ? 7000 : 5000
        expect(waited).toBeGreaterThanOrEqual(wanted - 250)
      }
    }

    // Each message is on record as sent, with Resend's id.
    const rows = await cms.payload.find({ collection: 'mail-messages', where: { idempotencyKey: { like: 'storm-' } }, limit: 0, pagination: false, depth: 0 })
    expect(rows.docs).toHaveLength(160)
    const ids = new Set(standIn.accepted.map((e) => e.id))
    expect(rows.docs.every((r) => r.status === 'sent' && ids.has(String(r.providerId)))).toBe(true)
    // Batches were sent in one request each, personalised and in each reader's language.
    const fr = acceptedFor('reader1@example.com')[0]
    expect(fr?.viaBatch).toBe(true)
    expect(fr?.subject).toBe('Webinaire : bien démarrer vos consultations en ligne')
    expect(fr?.text).toMatch(/^Bonjour Reader 1,/)
  }, 150_000)

  it('ends a permanent refusal as a dead letter that a marketer can retry', async () => {
    standIn.failNext({ status: 422, name: 'validation_error', message: 'Invalid `to` field. The email address needs to follow the `email@example.com` format.' })
    const { jobId } = await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'nl', props: {}, to: 'dead@example.com', idempotencyKey: 'dead-letter-0001' })
    const [job] = await waitFor({ what: 'the job to fail', check: () => jobsSettled([jobId]) })
    expect(job).toMatchObject({ hasError: true, completedAt: null })
    expect(JSON.stringify(job?.error)).toContain('Resend 422 validation_error')
    expect(job?.error).toMatchObject({ cancelled: true })

    const row = (await cms.payload.find({ collection: 'mail-messages', where: { idempotencyKey: { equals: 'dead-letter-0001' } } })).docs[0]
    expect(row).toMatchObject({ status: 'failed' })
    expect(row?.error).toContain('validation_error')
    expect(row?.error).not.toContain('dead@example.com')
    expect(row?.deadLetter).toMatchObject({ subject: 'Testbericht van myPlugin' })
    expect(acceptedFor('dead@example.com')).toHaveLength(0)

    const retry = await retryMailMessage({ payload: cms.payload, id: row!.id })
    await waitFor({ what: 'the retried job', check: () => jobsSettled([retry.jobId]) })
    const after = await cms.payload.findByID({ collection: 'mail-messages', id: row!.id })
    expect(after).toMatchObject({ status: 'sent', error: null, deadLetter: null })
    expect(acceptedFor('dead@example.com')).toHaveLength(1)
  })

  it('marketing mail: one-click unsubscribe headers, suppressed addresses skipped', async () => {
    const ok = await cms.payload.create({ collection: 'contacts', data: { email: 'welcome@example.com', locale: 'fr', ...(await confirmedOnNewsletter({ payload: cms.payload })) } })
    const gone = await cms.payload.create({ collection: 'contacts', data: { email: 'gone@example.com', locale: 'nl', ...(await confirmedOnNewsletter({ payload: cms.payload })) } })
    await cms.payload.create({ collection: 'suppressions', data: { email: 'Gone@Example.com', reason: 'hard-bounce' } })
    const queued: { jobId: string | number }[] = []
    for (const s of [ok, gone]) {
      queued.push(
        await queueMail({ payload: cms.payload, template: 'welcome', locale: s.locale as 'nl', props: { siteUrl: 'https://www.myplugin.test/' }, to: s.email, subscriberId: s.id, contactRef: s.ref ?? undefined, idempotencyKey: `welcome:${s.id}` }),
      )
    }
    await waitFor({ what: 'both welcome jobs', check: () => jobsSettled(queued.map((q) => q.jobId)) })
    expect(acceptedFor('gone@example.com')).toHaveLength(0)
    const goneRow = (await cms.payload.find({ collection: 'mail-messages', where: { idempotencyKey: { equals: `welcome:${gone.id}` } } })).docs[0]
    expect(goneRow?.status).toBe('suppressed')

    const [welcome] = acceptedFor('welcome@example.com')
    expect(welcome?.subject).toBe('Bienvenue dans la newsletter de myPlugin')
    const listUnsubscribe = welcome?.headers['List-Unsubscribe'] ?? ''
    expect(listUnsubscribe).toMatch(/^<https:\/\/www\.myplugin\.test\/api\/mail\/unsubscribe\?token=[\w-]+\.[\w-]{22}>, <mailto:hello@myplugin\.test\?subject=unsubscribe%20[\w-]+\.[\w-]{22}>$/)
    expect(welcome?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    const url = /<(https:[^>]+)>/.exec(listUnsubscribe)?.[1] as string
    expect(welcome?.html).toContain(`href="${url}"`)
    expect(welcome?.text).toContain(url)
    expect(listUnsubscribe).not.toContain('welcome@example.com')
    expect(welcome?.tags.mail_message).toMatch(/^\d+$/)
  })

  it('refuses bad input before anything is queued', async () => {
    const before = (await cms.payload.count({ collection: 'payload-jobs' })).totalDocs
    const role = await cms.payload.create({ collection: 'contacts', data: { email: 'noreply@example.com', locale: 'nl', ...(await confirmedOnNewsletter({ payload: cms.payload })) } })
    await expect(
      queueMail({ payload: cms.payload, template: 'welcome', locale: 'nl', props: { siteUrl: 'https://x.test/' }, to: 'noreply@example.com', subscriberId: role.id, contactRef: role.ref ?? undefined, idempotencyKey: 'role-0001' }),
    ).rejects.toThrow(/role address/)
    const injected = { subject: 'Nieuws\r\nBcc: everyone@example.com', blocks: [{ kind: 'paragraph' as const, text: 'x' }] }
    await expect(queueMail({ payload: cms.payload, template: 'campaign', locale: 'nl', props: injected, to: 'an@example.com', subscriberId: 1, contactRef: 'a-reference', idempotencyKey: 'inject-0001' })).rejects.toThrow(
      /subject must be one line/,
    )
    const huge = { subject: 'Groot', blocks: Array.from({ length: 30 }, () => ({ kind: 'paragraph' as const, text: 'x'.repeat(5000) })) }
    await expect(queueMail({ payload: cms.payload, template: 'campaign', locale: 'nl', props: huge, to: 'an@example.com', subscriberId: 1, contactRef: 'a-reference', idempotencyKey: 'huge-0001' })).rejects.toThrow(
      /html is larger than 100 KB/,
    )
    await expect(queueMail({ payload: cms.payload, template: 'test-mail', locale: 'nl', props: {}, to: 'an@example.com\r\nBcc: x@example.com', idempotencyKey: 'bad-to-0001' })).rejects.toThrow(
      /to contains a line break/,
    )
    const french = await cms.payload.create({ collection: 'contacts', data: { email: 'francais@example.com', locale: 'fr', ...(await confirmedOnNewsletter({ payload: cms.payload })) } })
    await expect(
      queueMailBatch({ payload: cms.payload, template: 'campaign', propsByLocale: { nl: getMailTemplate('campaign').sample({ locale: 'nl' }) as never }, subscriberIds: [french.id], batchKey: 'no-french' }),
    ).rejects.toThrow('campaign: no fr version, but 1 recipient(s) read fr')
    expect((await cms.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(before)
  })
})
