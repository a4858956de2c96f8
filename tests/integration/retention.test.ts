/**
 * Retention (cms/retention/): a real Payload on a temporary database. Rows just past their period are deleted and
 * rows just within it are kept (each backdated through the adapter, like a database that has been running for
 * years); the report counts exactly what went; periods that make no sense are refused; only admins see the settings
 * and the reports; the consent ledger is never touched.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appendConsentRecord, type ConsentInput } from '../../cms/consent/append-consent-record'
import { verifyConsentChain } from '../../cms/consent/verify-consent-chain'
import { appendActivity } from '../../cms/contacts/append-activity'
import { ensureDailyJobs } from '../../cms/jobs/ensure-daily-jobs'
import { deleteInBatches } from '../../cms/retention/delete-in-batches'
import { retentionCutoffs } from '../../cms/retention/retention-cutoffs'
import { runRetention } from '../../cms/retention/run-retention'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { storedMailInput } from '../support/stored-mail-input'
import { createContact, ensureList } from '../support/newsletter-fixtures'
import { rawUpdate } from '../support/raw-update'

let cms: TestCms
beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms()
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

type Id = number | string
const hour = 3_600_000
// The run's "now", passed to it: the cut-offs are computed from it, so "just before" and "just after" are exact. Real
// time, because everything this file writes without backdating (users, their audit entries) must count as young.
const now = new Date()
const cutoffs = retentionCutoffs({ periods: { unconfirmedSignUpsDays: 30, mailMonths: 13, completedJobsDays: 30, auditMonths: 24, webinarRegistrationsMonths: 24, endedTrialsMonths: 24 }, now })
const older = (cutoff: Date) => new Date(cutoff.getTime() - hour).toISOString()
const younger = (cutoff: Date) => new Date(cutoff.getTime() + hour).toISOString()

const backdate = (collection: CollectionSlug, id: Id, data: Record<string, string>) => rawUpdate({ payload: cms.payload, collection, id, data })
const exists = async (collection: CollectionSlug, id: Id) =>
  (await cms.payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
const remaining = async (collection: CollectionSlug, ids: Id[]) => {
  const kept: string[] = []
  for (const id of ids) if (await exists(collection, id)) kept.push(String(id))
  return kept
}
const create = async (collection: CollectionSlug, data: Record<string, unknown>) => (await cms.payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })).id
let n = 0
const key = () => `retention-test-${++n}-0000`

const userWith = async (role: 'admin' | 'marketer' | 'editor') => {
  const doc = await cms.payload.create({ collection: 'users', data: { email: `${role}-${++n}@example.com`, password: 'correct-horse-battery-staple', roles: [role] } as never, overrideAccess: true })
  return { ...doc, collection: 'users' as const }
}

describe('retention settings', () => {
  it('start with the promised periods', async () => {
    const settings = await cms.payload.findGlobal({ slug: 'retention-settings', overrideAccess: true })
    expect(settings).toMatchObject({ unconfirmedSignUpsDays: 30, mailMonths: 13, completedJobsDays: 30, auditMonths: 24, webinarRegistrationsMonths: 24, endedTrialsMonths: 24 })
  })

  it.each([0, -5, 1.5, 'abc', 100_000])('refuse a period of %s with a clear message and keep the stored one', async (value) => {
    const refusal = await cms.payload.updateGlobal({ slug: 'retention-settings', data: { mailMonths: value } as never, overrideAccess: true }).then(
      () => undefined,
      (error: { name?: string; data?: { errors?: { path?: string; message?: string }[] } }) => ({ name: error.name, errors: error.data?.errors }),
    )
    expect(refusal?.name).toBe('ValidationError')
    expect(refusal?.errors).toEqual([{ path: 'mailMonths', label: expect.anything(), message: expect.stringMatching(/^A retention period must be a whole number of months from 1 to 120; .* is not\. Nothing was saved\.$/) }])
    expect((await cms.payload.findGlobal({ slug: 'retention-settings', overrideAccess: true })).mailMonths).toBe(13)
  })

  it('accept a sensible period', async () => {
    await cms.payload.updateGlobal({ slug: 'retention-settings', data: { completedJobsDays: 7 }, overrideAccess: true })
    expect((await cms.payload.findGlobal({ slug: 'retention-settings', overrideAccess: true })).completedJobsDays).toBe(7)
    await cms.payload.updateGlobal({ slug: 'retention-settings', data: { completedJobsDays: 30 }, overrideAccess: true })
  })
})

describe('who may see retention', () => {
  it('lets admins read and change the settings and read the reports; marketers and editors none of it', async () => {
    const report = await runRetention({ payload: cms.payload })
    // The first user of a CMS becomes its admin whatever it asks for: create the admin first.
    const admin = { overrideAccess: false, user: await userWith('admin') }
    for (const role of ['marketer', 'editor'] as const) {
      const user = await userWith(role)
      expect(user.roles).toEqual([role])
      const as = { overrideAccess: false, user }
      await expect(cms.payload.findGlobal({ slug: 'retention-settings', ...as }), role).rejects.toThrow(/not allowed/i)
      await expect(cms.payload.updateGlobal({ slug: 'retention-settings', data: { auditMonths: 1 }, ...as }), role).rejects.toThrow(/not allowed/i)
      await expect(cms.payload.find({ collection: 'retention-reports', ...as }), role).rejects.toThrow(/not allowed/i)
      await expect(cms.payload.findByID({ collection: 'retention-reports', id: report.id, ...as }), role).rejects.toThrow(/not allowed/i)
    }
    expect((await cms.payload.findGlobal({ slug: 'retention-settings', overrideAccess: true })).auditMonths).toBe(24)
    expect((await cms.payload.findGlobal({ slug: 'retention-settings', ...admin })).auditMonths).toBe(24)
    await cms.payload.updateGlobal({ slug: 'retention-settings', data: { auditMonths: 25 }, ...admin })
    await cms.payload.updateGlobal({ slug: 'retention-settings', data: { auditMonths: 24 }, ...admin })
    expect((await cms.payload.findByID({ collection: 'retention-reports', id: report.id, ...admin })).ranAt).toBe(report.ranAt)
    // Reports are written by the job only: not even an admin creates, changes or deletes one.
    await expect(cms.payload.create({ collection: 'retention-reports', data: { ranAt: now.toISOString() } as never, ...admin })).rejects.toThrow(/not allowed/i)
    await expect(cms.payload.update({ collection: 'retention-reports', id: report.id, data: { auditEntries: 9 }, ...admin })).rejects.toThrow(/not allowed/i)
    await expect(cms.payload.delete({ collection: 'retention-reports', id: report.id, ...admin })).rejects.toThrow(/not allowed/i)
  })
})

describe('a retention run', () => {
  it('deletes exactly what is past its period, keeps the rest and the ledger, and reports the counts', async () => {
    const list = await ensureList({ payload: cms.payload, key: 'retention-list' })
    const other = await ensureList({ payload: cms.payload, key: 'retention-other' })

    // Contacts: only an old sign-up that never confirmed anything goes (with its timeline).
    const contact = async (email: string, lists: { id: Id; status: 'pending' | 'confirmed' | 'unsubscribed' }[], createdAt: string, extra: Record<string, string> = {}) => {
      const doc = await createContact({ payload: cms.payload, email, lists })
      await backdate('contacts', doc.id, { createdAt, ...extra })
      return doc
    }
    const oldPending = await contact('old-pending@example.com', [{ id: list.id, status: 'pending' }, { id: other.id, status: 'pending' }], older(cutoffs.unconfirmedSignUps))
    await appendActivity({ payload: cms.payload, contact: oldPending.id, type: 'signed-up', key: `signed-up:${oldPending.id}:x` })
    const youngPending = await contact('young-pending@example.com', [{ id: list.id, status: 'pending' }], younger(cutoffs.unconfirmedSignUps))
    const oldConfirmed = await contact('old-confirmed@example.com', [{ id: list.id, status: 'confirmed' }], older(cutoffs.unconfirmedSignUps), { confirmedAt: older(cutoffs.unconfirmedSignUps) })
    const oldMixed = await contact('old-mixed@example.com', [{ id: list.id, status: 'pending' }, { id: other.id, status: 'unsubscribed' }], older(cutoffs.unconfirmedSignUps))
    const oldNoLists = await contact('old-admin-added@example.com', [], older(cutoffs.unconfirmedSignUps))
    const oldWithLedger = await contact('old-ledger@example.com', [{ id: list.id, status: 'pending' }], older(cutoffs.unconfirmedSignUps))
    const ledgerInput: Omit<ConsentInput, 'subjectRef'> = { source: 'newsletter', action: 'given', granted: ['retention-list'], refused: [], policy: { id: '1', hash: 'h' }, wording: { id: 'w', hash: 'h' }, locale: 'nl' }
    await appendConsentRecord({ payload: cms.payload, input: { ...ledgerInput, subjectRef: `contact:${oldWithLedger.ref}`, contact: oldWithLedger.id } })
    // A ledger record older than every period: evidence, so it stays too.
    const oldRecord = await appendConsentRecord({ payload: cms.payload, input: { ...ledgerInput, subjectRef: 'banner:retention-old', eventId: 'retention-old-banner' } })
    // createdAt only: recordedAt is hashed into the chain.
    await backdate('consent-records', oldRecord!.id, { createdAt: older(cutoffs.audit) })

    // Mail: messages, outbox copies and delivery-event receipts, by the mail period.
    const mail = async (collection: 'mail-messages' | 'outbox-messages', at: string) => {
      const id = await create(collection, { to: 'someone@example.com', subject: 'Hallo', idempotencyKey: key(), status: 'sent', html: '<p>x</p>', text: 'x' })
      await backdate(collection, id, { createdAt: at })
      return id
    }
    const mailOld = [await mail('mail-messages', older(cutoffs.mail)), await mail('mail-messages', older(cutoffs.mail))]
    const mailYoung = [await mail('mail-messages', younger(cutoffs.mail))]
    // The deleted sign-up's opt-in mail is younger than the mail period: it stays, unlinked from the person.
    const optInMail = await create('mail-messages', { to: 'old-pending@example.com', subject: 'Bevestig', idempotencyKey: key(), status: 'sent', contact: oldPending.id })
    mailYoung.push(optInMail)
    const outboxOld = [await mail('outbox-messages', older(cutoffs.mail))]
    const outboxYoung = [await mail('outbox-messages', younger(cutoffs.mail))]
    const receiptOld = await create('mail-webhook-receipts', { webhookId: key(), eventType: 'email.delivered', receivedAt: older(cutoffs.mail) })
    const receiptYoung = await create('mail-webhook-receipts', { webhookId: key(), eventType: 'email.delivered', receivedAt: younger(cutoffs.mail) })

    // Jobs: completed ones by completion date; a job that never completed is not history yet and stays.
    const job = async (completedAt?: string) => {
      const queued = await cms.payload.jobs.queue({ task: 'sendMail', input: await storedMailInput({ payload: cms.payload, idempotencyKey: key() }), waitUntil: new Date(now.getTime() + 365 * 24 * hour) })
      await backdate('payload-jobs', queued.id, { createdAt: older(cutoffs.audit), ...(completedAt ? { completedAt } : {}) })
      return queued.id
    }
    const jobOld = await job(older(cutoffs.completedJobs))
    const jobYoung = await job(younger(cutoffs.completedJobs))
    const jobUnfinished = await job()

    // Audit entries, by the audit period.
    const audit = async (at: string) => {
      const id = await create('audit-log', { action: 'update', entity: 'pages', summary: 'retention test' })
      await backdate('audit-log', id, { createdAt: at })
      return id
    }
    const auditOld = [await audit(older(cutoffs.audit)), await audit(older(cutoffs.audit)), await audit(older(cutoffs.audit))]
    const auditYoung = [await audit(younger(cutoffs.audit))]

    // Webinar registrations, by the period after the webinar's start: the webinar and the person stay.
    const webinar = async (start: string) => (await cms.payload.create({ collection: 'webinars', data: { title: 'Retention', slug: `retention-${++n}`, start, durationMinutes: 60, language: 'nl', status: 'ended', _status: 'published' }, overrideAccess: true })).id
    const attendee = await createContact({ payload: cms.payload, email: 'webinar-attendee@example.com', lists: [] })
    const registration = async (webinarId: Id) => create('webinar-registrations', { webinar: webinarId, contact: attendee.id, status: 'confirmed', locale: 'nl', key: key(), seatKey: key(), registeredAt: older(cutoffs.webinarRegistrations) })
    const oldWebinar = await webinar(older(cutoffs.webinarRegistrations))
    const youngWebinar = await webinar(younger(cutoffs.webinarRegistrations))
    const registrationsOld = [await registration(oldWebinar), await registration(oldWebinar)]
    // Registered long ago, for a webinar within the period: kept (the period counts from the webinar).
    const registrationsYoung = [await registration(youngWebinar)]

    // Trials: never verified, by the unconfirmed period from signup; ended ones by the trials period from their end.
    const trialist = async () => createContact({ payload: cms.payload, email: `trialist-${++n}@example.com`, lists: [] })
    const trial = async (data: Record<string, string>, createdAt?: string) => {
      const id = await create('trials', { contact: (await trialist()).id, profession: 'coach', country: 'BE', locale: 'nl', idempotencyKey: `trial_retention_${++n}_000000000`, ...data })
      if (createdAt) await backdate('trials', id, { createdAt, updatedAt: createdAt })
      return id
    }
    const longAgo = older(cutoffs.endedTrials)
    const trialsGone = [
      await trial({ status: 'awaiting-verification' }, older(cutoffs.unconfirmedSignUps)),
      await trial({ status: 'expired', endedAt: older(cutoffs.endedTrials) }, longAgo),
      await trial({ status: 'cancelled', endedAt: older(cutoffs.endedTrials) }, longAgo),
      await trial({ status: 'converted', convertedAt: older(cutoffs.endedTrials) }, longAgo),
      await trial({ status: 'failed' }, longAgo),
    ]
    const trialsKept = [
      await trial({ status: 'awaiting-verification' }, younger(cutoffs.unconfirmedSignUps)),
      // Signed up long ago, ended recently: the period counts from the end.
      await trial({ status: 'expired', endedAt: younger(cutoffs.endedTrials) }, longAgo),
      await trial({ status: 'converted', convertedAt: younger(cutoffs.endedTrials) }, longAgo),
      // Still running, however old.
      await trial({ status: 'active' }, longAgo),
    ]

    // Form answers, by the expiry each carries (the form's period when it arrived).
    const answerForm = await create('forms', { title: 'Retention form', purpose: 'contact', fields: [{ blockType: 'email', name: 'email', label: 'E-mail' }], _status: 'published' })
    const answer = async (expiresAt: string) => create('form-submissions', { form: answerForm, locale: 'nl', answers: { email: 'x@example.com' }, submittedAt: older(cutoffs.mail), expiresAt, minuteKey: key() })
    const answersGone = [await answer(new Date(now.getTime() - hour).toISOString())]
    const answersKept = [await answer(new Date(now.getTime() + hour).toISOString())]

    const ledgerBefore = (await cms.payload.count({ collection: 'consent-records', overrideAccess: true })).totalDocs
    const report = await runRetention({ payload: cms.payload, now })
    expect(await remaining('trials', [...trialsGone, ...trialsKept])).toEqual(trialsKept.map(String))
    expect(await remaining('form-submissions', [...answersGone, ...answersKept])).toEqual(answersKept.map(String))

    expect(await remaining('contacts', [oldPending.id])).toEqual([])
    expect((await cms.payload.count({ collection: 'contact-activities', where: { key: { equals: `signed-up:${oldPending.id}:x` } }, overrideAccess: true })).totalDocs).toBe(0)
    const keptContacts = [youngPending, oldConfirmed, oldMixed, oldNoLists, oldWithLedger].map((c) => c.id)
    expect(await remaining('contacts', keptContacts)).toEqual(keptContacts.map(String))
    expect(await remaining('mail-messages', [...mailOld, ...mailYoung])).toEqual(mailYoung.map(String))
    const kept = await cms.payload.findByID({ collection: 'mail-messages', id: optInMail, depth: 0, overrideAccess: true })
    // SQLite unlinks it (ON DELETE SET NULL); MongoDB keeps the id of a contact that is gone.
    const link = (kept.contact ?? null) as Id | null
    expect(link === null || !(await exists('contacts', link))).toBe(true)
    expect(await remaining('outbox-messages', [...outboxOld, ...outboxYoung])).toEqual(outboxYoung.map(String))
    expect(await remaining('mail-webhook-receipts', [receiptOld, receiptYoung])).toEqual([String(receiptYoung)])
    expect(await remaining('payload-jobs', [jobOld, jobYoung, jobUnfinished])).toEqual([String(jobYoung), String(jobUnfinished)])
    expect(await remaining('audit-log', [...auditOld, ...auditYoung])).toEqual(auditYoung.map(String))
    expect(await remaining('webinar-registrations', [...registrationsOld, ...registrationsYoung])).toEqual(registrationsYoung.map(String))
    expect(await remaining('webinars', [oldWebinar, youngWebinar])).toEqual([String(oldWebinar), String(youngWebinar)])
    expect(await remaining('contacts', [attendee.id])).toEqual([String(attendee.id)])
    // The ledger is evidence: every record stays, old ones too, and the chain still verifies.
    expect((await cms.payload.count({ collection: 'consent-records', overrideAccess: true })).totalDocs).toBe(ledgerBefore)
    expect(await exists('consent-records', oldRecord!.id)).toBe(true)
    expect((await verifyConsentChain({ payload: cms.payload })).ok).toBe(true)

    const expected = { unconfirmedContacts: 1, mailMessages: 2, outboxMessages: 1, mailWebhookReceipts: 1, completedJobs: 1, auditEntries: 3, webinarRegistrations: 2, unverifiedTrials: 1, endedTrials: 4, formSubmissions: 1 }
    expect(report).toMatchObject(expected)
    const stored = await cms.payload.findByID({ collection: 'retention-reports', id: report.id, overrideAccess: true })
    expect(stored).toMatchObject({ ...expected, ranAt: now.toISOString(), periods: { unconfirmedSignUpsDays: 30, mailMonths: 13, completedJobsDays: 30, auditMonths: 24, webinarRegistrationsMonths: 24, endedTrialsMonths: 24 } })

    // A second run finds nothing left to delete.
    const again = await runRetention({ payload: cms.payload, now })
    expect(again).toMatchObject({ unconfirmedContacts: 0, mailMessages: 0, outboxMessages: 0, mailWebhookReceipts: 0, completedJobs: 0, auditEntries: 0, webinarRegistrations: 0, unverifiedTrials: 0, endedTrials: 0, formSubmissions: 0 })
  })

  it('deletes in batches until nothing matching is left', async () => {
    const ids: Id[] = []
    for (let i = 0; i < 5; i++) ids.push(await create('audit-log', { action: 'create', entity: 'batch-test', summary: 'batch' }))
    const deleted = await deleteInBatches({ payload: cms.payload, collection: 'audit-log', where: { entity: { equals: 'batch-test' } }, batchSize: 2 })
    expect(deleted).toBe(5)
    expect(await remaining('audit-log', ids)).toEqual([])
  })
})

describe('the daily retention job', () => {
  it('is queued once for the next 03:00 UTC, and a run writes a report', async () => {
    const at = new Date(Date.UTC(2031, 5, 10, 14, 30))
    expect(await ensureDailyJobs({ payload: cms.payload, now: at })).toBe(1)
    expect(await ensureDailyJobs({ payload: cms.payload, now: at })).toBe(0)
    const waiting = await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'applyRetention' } }, depth: 0, overrideAccess: true })
    expect(waiting.docs).toHaveLength(1)
    expect(new Date(String(waiting.docs[0]!.waitUntil)).toISOString()).toBe('2031-06-11T03:00:00.000Z')

    const reportsBefore = (await cms.payload.count({ collection: 'retention-reports', overrideAccess: true })).totalDocs
    // Due now (as if 03:00 had come): the runner's Local API run picks it up.
    await rawUpdate({ payload: cms.payload, collection: 'payload-jobs', id: waiting.docs[0]!.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await cms.payload.jobs.run({ where: { taskSlug: { equals: 'applyRetention' } }, silent: true })
    const done = await cms.payload.findByID({ collection: 'payload-jobs', id: waiting.docs[0]!.id, depth: 0, overrideAccess: true })
    expect(done.completedAt).toBeTruthy()
    expect((await cms.payload.count({ collection: 'retention-reports', overrideAccess: true })).totalDocs).toBe(reportsBefore + 1)
  })
})
