import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { formatDay } from '../../config/format-day'
import { createFormStamp } from '../../cms/contacts/form-stamp'
import { claimJobs } from '../../cms/jobs/claim-jobs'
import { createTrialMailsToken } from '../../cms/links/trial-mails-token'
import { applyTrialAppEvent } from '../../cms/trials/apply-trial-app-event'
import { handleTrialSignup } from '../../cms/trials/handle-trial-signup'
import { sendTrialLifecycleMail } from '../../cms/trials/send-trial-lifecycle-mail'
import { stopTrialMails } from '../../cms/trials/stop-trial-mails'
import { verifyTrial } from '../../cms/trials/verify-trial'
import { createTrialVerifyToken } from '../../cms/links/trial-verify-token'
import type { Trial } from '../../cms/payload-types'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { mailsTo } from '../support/mails-to'
import { createCampaign, ensureList } from '../support/newsletter-fixtures'
import { rawUpdate } from '../support/raw-update'
import { startTrialAppStandInProcess, type TrialAppStandInProcess } from '../support/start-trial-app-stand-in-process'

/**
 * Issue #16, after provisioning: the lifecycle mails (timed at provisioning, each once, in the trial's language with
 * the marketer's texts, stopped by conversion, cancellation or the person), the application's reports applied
 * (conversion, expiry with its mail, cancellation; nothing twice, nothing for someone else's account), attribution
 * and the campaign conversion. A real Payload on SQLite and the stand-in application in a process of its own.
 */
let cms: TestCms
let app: TrialAppStandInProcess
const day = 24 * 3_600_000

beforeAll(async () => {
  app = await startTrialAppStandInProcess()
  Object.assign(process.env, { TRIAL_PROVISIONING_URL: app.url, TRIAL_PROVISIONING_SECRET: app.secret, TRIAL_PROVISIONING_TIMEOUT_MS: '2000' })
  cms = await createTestCms({ seed: true })
}, 120_000)
afterAll(async () => {
  await cms?.close()
  await app?.stop()
})
beforeEach(async () => {
  await app.control('reset')
})

let n = 0
const signUp = (email: string, extra: Record<string, string> = {}) =>
  handleTrialSignup({
    payload: cms.payload,
    form: { firstName: 'Els', lastName: 'Maes', email, profession: 'therapist', country: 'BE', locale: 'nl', accept: 'yes', stamp: createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) }), ...extra },
    pageLocale: 'nl',
    clientKey: `lifecycle-client-${++n}`,
  })
const trialOf = async (email: string): Promise<Trial> => {
  const contact = (await cms.payload.find({ collection: 'contacts', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const trial = (await cms.payload.find({ collection: 'trials', where: { contact: { equals: contact?.id ?? -1 } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!trial) throw new Error(`no trial for ${email}`)
  return trial
}
const runJobs = async () => {
  await claimJobs({ payload: cms.payload, workerId: 'lifecycle-worker', leaseMs: 60_000, limit: 50, queue: 'default' })
  await cms.payload.jobs.run({ where: { claimedBy: { equals: 'lifecycle-worker' } }, silent: true })
}
const lifecycleJobs = async (trialKey: string) =>
  (await cms.payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'sendTrialLifecycleMail' } }, { 'input.trial': { equals: trialKey } }] }, sort: 'id', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
/** Signed up, verified and provisioned on the stand-in: an active trial with the application's end date. */
const activeTrial = async (email: string, extra: Record<string, string> = {}): Promise<Trial> => {
  expect(await signUp(email, extra)).toMatchObject({ result: 'accepted', outcome: 'created' })
  const created = await trialOf(email)
  expect(await verifyTrial({ payload: cms.payload, token: createTrialVerifyToken({ secret: cms.payload.secret, trialKey: created.idempotencyKey }) })).toEqual({ outcome: 'verified' })
  await runJobs()
  const trial = await trialOf(email)
  expect(trial.status).toBe('active')
  return trial
}
const lifecycleMails = (email: string) => mailsTo({ payload: cms.payload, to: email, template: 'trial-lifecycle' })
const at = (iso: string | null | undefined, plusMs: number) => new Date(new Date(iso ?? 0).getTime() + plusMs)

describe('trial lifecycle mails', () => {
  it('are timed at provisioning: day 1, day 7, and two days before the end the application gave', async () => {
    const trial = await activeTrial('timed@example.com')
    const account = (await app.state()).accounts.find((a) => a.idempotencyKey === trial.idempotencyKey)
    expect(account?.trialEndsAt).toBeTruthy()
    expect(trial.expiresAt).toBe(new Date(account!.trialEndsAt).toISOString())
    const jobs = await lifecycleJobs(trial.idempotencyKey)
    expect(jobs.map((j) => (j.input as { step: string }).step)).toEqual(['day1', 'day7', 'expiring'])
    expect(jobs.map((j) => j.waitUntil)).toEqual([at(trial.provisionedAt, day).toISOString(), at(trial.provisionedAt, 7 * day).toISOString(), at(trial.expiresAt, -2 * day).toISOString()])
    // Not due yet: running the queue now sends nothing.
    await runJobs()
    expect(await lifecycleMails('timed@example.com')).toHaveLength(0)
  }, 60_000)

  it('go once each, in the trial’s language, with the texts a marketer wrote, the end date filled in', async () => {
    await cms.payload.updateGlobal({ slug: 'trial-mail-settings', locale: 'nl', data: { expiring: { subject: 'Nog even: tot {endDate}', body: 'Je try-out loopt tot {endDate}.\n\nKies gerust een abonnement.' } }, overrideAccess: true })
    const email = 'once@example.com'
    const trial = await activeTrial(email)
    const key = trial.idempotencyKey
    expect(await sendTrialLifecycleMail({ payload: cms.payload, trialKey: key, step: 'day1', now: at(trial.provisionedAt, 3_600_000) })).toBe('early')
    expect(await sendTrialLifecycleMail({ payload: cms.payload, trialKey: key, step: 'day1', now: at(trial.provisionedAt, day + 60_000) })).toBe('queued')
    expect(await sendTrialLifecycleMail({ payload: cms.payload, trialKey: key, step: 'day1', now: at(trial.provisionedAt, day + 120_000) })).toBe('sent-before')
    const warnAt = at(trial.expiresAt, -2 * day + 60_000)
    // The check-in's moment passed while nothing ran: skipped, not sent next to the warning.
    expect(await sendTrialLifecycleMail({ payload: cms.payload, trialKey: key, step: 'day7', now: warnAt })).toBe('late')
    expect(await sendTrialLifecycleMail({ payload: cms.payload, trialKey: key, step: 'expiring', now: warnAt })).toBe('queued')
    const mails = await lifecycleMails(email)
    expect(mails).toHaveLength(2)
    expect(mails[0]?.subject).toBe('Drie tips voor je eerste online consultatie')
    const endDate = formatDay({ date: new Date(trial.expiresAt!), locale: 'nl' })
    expect(mails[1]?.subject).toBe(`Nog even: tot ${endDate}`)
    expect(mails[1]?.text).toContain(`Je try-out loopt tot ${endDate}.`)
    expect(mails[1]?.text).toContain(trial.loginUrl!)
    expect(mails[1]?.text).toMatch(/\/nl\/trial\/mails\?token=/)
    const stored = await trialOf(email)
    expect(stored.lifecycle?.day1SentAt).toBeTruthy()
    expect(stored.lifecycle?.expiringSentAt).toBeTruthy()
    expect(stored.lifecycle?.day7SentAt ?? null).toBeNull()
  }, 60_000)

  it('a due job sends through the queue; a French trial gets French', async () => {
    const email = 'queue@example.com'
    const trial = await activeTrial(email, { locale: 'fr' })
    // As if the account opened a day ago: move the trial and its day-1 job back in time.
    await rawUpdate({ payload: cms.payload, collection: 'trials', id: trial.id, data: { provisionedAt: new Date(Date.now() - day - 60_000).toISOString() } })
    const day1 = (await lifecycleJobs(trial.idempotencyKey))[0]!
    await cms.payload.update({ collection: 'payload-jobs', id: day1.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    await runJobs()
    const mails = await lifecycleMails(email)
    expect(mails.map((m) => m.subject)).toEqual(['Trois conseils pour votre première consultation en ligne'])
    expect(mails[0]?.text).toContain('Ne plus recevoir d’e-mails sur mon essai')
  }, 60_000)

  it('stop when the person uses the link in them (a button, then once), and a forged link stops nothing', async () => {
    const email = 'stop@example.com'
    const trial = await activeTrial(email)
    expect(await sendTrialLifecycleMail({ payload: cms.payload, trialKey: trial.idempotencyKey, step: 'day1', now: at(trial.provisionedAt, day) })).toBe('queued')
    const token = /trial\/mails\?token=([A-Za-z0-9_.-]+)/.exec((await lifecycleMails(email))[0]?.text ?? '')?.[1]
    expect(token).toBeTruthy()
    expect(await stopTrialMails({ payload: cms.payload, token: `${token}x` })).toEqual({ outcome: 'invalid' })
    expect(await stopTrialMails({ payload: cms.payload, token: createTrialMailsToken({ secret: 'another-secret-0123456789abcdefghijkl', trialKey: trial.idempotencyKey }) })).toEqual({ outcome: 'invalid' })
    expect(await stopTrialMails({ payload: cms.payload, token })).toEqual({ outcome: 'stopped' })
    expect(await stopTrialMails({ payload: cms.payload, token })).toEqual({ outcome: 'already-stopped' })
    const stopped = await trialOf(email)
    expect(stopped.lifecycle?.stoppedAt).toBeTruthy()
    // What was recorded before stays.
    expect(stopped.lifecycle?.day1SentAt).toBeTruthy()
    expect(await sendTrialLifecycleMail({ payload: cms.payload, trialKey: trial.idempotencyKey, step: 'day7', now: at(trial.provisionedAt, 7 * day) })).toBe('stopped')
    expect(await lifecycleMails(email)).toHaveLength(1)
    expect(stopped.status).toBe('active')
  }, 60_000)
})

describe('the application’s reports', () => {
  const report = (trial: Trial, type: 'trial.converted' | 'trial.expired' | 'trial.cancelled', accountId = trial.accountId!) =>
    applyTrialAppEvent({ payload: cms.payload, event: { type, occurredAt: new Date().toISOString(), data: { accountId, idempotencyKey: trial.idempotencyKey } } })
  const activities = async (trial: Trial) =>
    (await cms.payload.find({ collection: 'contact-activities', where: { contact: { equals: typeof trial.contact === 'object' ? trial.contact.id : trial.contact } }, sort: 'id', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs.map((a) => a.type)

  it('a conversion is applied once, goes on the timeline, and stops every lifecycle mail', async () => {
    const trial = await activeTrial('converts@example.com')
    expect(await report(trial, 'trial.converted')).toBe('applied')
    expect(await report(trial, 'trial.converted')).toBe('unchanged')
    // A late cancellation does not undo a conversion.
    expect(await report(trial, 'trial.cancelled')).toBe('unchanged')
    const converted = await trialOf('converts@example.com')
    expect(converted).toMatchObject({ status: 'converted' })
    expect(converted.convertedAt).toBeTruthy()
    expect((await activities(trial)).filter((t) => t === 'trial-converted')).toHaveLength(1)
    for (const step of ['day1', 'day7', 'expiring'] as const) {
      expect(await sendTrialLifecycleMail({ payload: cms.payload, trialKey: trial.idempotencyKey, step, now: at(trial.expiresAt, -2 * day) })).toBe('not-running')
    }
    expect(await lifecycleMails('converts@example.com')).toHaveLength(0)
  }, 60_000)

  it('an expiry ends the trial and sends the "ended" mail once through the queue; paying afterwards still converts', async () => {
    const email = 'expires@example.com'
    const trial = await activeTrial(email)
    expect(await report(trial, 'trial.expired')).toBe('applied')
    expect(await report(trial, 'trial.expired')).toBe('unchanged')
    await runJobs()
    await runJobs()
    const mails = await lifecycleMails(email)
    expect(mails.map((m) => m.subject)).toEqual(['Je try-out is afgelopen'])
    expect(await sendTrialLifecycleMail({ payload: cms.payload, trialKey: trial.idempotencyKey, step: 'expiring', now: at(trial.expiresAt, -day) })).toBe('not-running')
    expect(await report(trial, 'trial.cancelled')).toBe('unchanged')
    expect(await report(trial, 'trial.converted')).toBe('applied')
    expect((await trialOf(email)).status).toBe('converted')
    expect(await activities(trial)).toEqual(expect.arrayContaining(['trial-started', 'trial-ended', 'trial-converted']))
  }, 60_000)

  it('a cancellation stops the mails and sends none of its own', async () => {
    const email = 'cancels@example.com'
    const trial = await activeTrial(email)
    expect(await report(trial, 'trial.cancelled')).toBe('applied')
    await runJobs()
    expect((await trialOf(email)).status).toBe('cancelled')
    expect(await sendTrialLifecycleMail({ payload: cms.payload, trialKey: trial.idempotencyKey, step: 'day7', now: at(trial.provisionedAt, 7 * day) })).toBe('not-running')
    expect(await lifecycleMails(email)).toHaveLength(0)
  }, 60_000)

  it('an event naming another account, or a trial we do not have, changes nothing', async () => {
    const trial = await activeTrial('foreign@example.com')
    expect(await report(trial, 'trial.converted', 'acc_someone_else')).toBe('unknown-trial')
    expect(await applyTrialAppEvent({ payload: cms.payload, event: { type: 'trial.expired', occurredAt: new Date().toISOString(), data: { accountId: trial.accountId!, idempotencyKey: 'trial_unknownunknownunknown' } } })).toBe('unknown-trial')
    expect((await trialOf('foreign@example.com')).status).toBe('active')
  }, 60_000)
})

describe('attribution', () => {
  it('names the webinar page, another page, or nothing; a forged campaign parameter counts nothing', async () => {
    await signUp('from-webinar@example.com', { from: '/nl/webinars/eerste-videoconsultatie' })
    await signUp('from-page@example.com', { from: '/nl/prijzen' })
    await signUp('direct@example.com', { mp_c: '99999' })
    const webinar = (await cms.payload.find({ collection: 'webinars', where: { slug: { equals: 'eerste-videoconsultatie' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    expect(await trialOf('from-webinar@example.com')).toMatchObject({ source: 'webinar', webinar: webinar!.id, referrerPath: '/nl/webinars/eerste-videoconsultatie' })
    expect(await trialOf('from-page@example.com')).toMatchObject({ source: 'page', referrerPath: '/nl/prijzen' })
    expect(await trialOf('direct@example.com')).toMatchObject({ source: 'direct' })
    expect((await trialOf('direct@example.com')).campaign ?? null).toBeNull()
  }, 60_000)

  it("a sent campaign's link: the trial names it, and its verification counts as the campaign's conversion", async () => {
    const list = await ensureList({ payload: cms.payload, key: 'trial-conversions' })
    const campaign = await createCampaign({ payload: cms.payload, listIds: [list.id] })
    await rawUpdate({ payload: cms.payload, collection: 'campaigns', id: campaign.id, data: { status: 'sent', sentAt: new Date(Date.now() - 3_600_000).toISOString() } })
    const trial = await activeTrial('from-campaign@example.com', { mp_c: String(campaign.id) })
    expect(trial).toMatchObject({ source: 'campaign', campaign: campaign.id })
    const conversions = await cms.payload.find({ collection: 'campaign-events', where: { and: [{ campaign: { equals: campaign.id } }, { type: { equals: 'converted' } }] }, pagination: false, limit: 0, overrideAccess: true })
    expect(conversions.docs.map((e) => e.detail)).toEqual(['trial'])
  }, 60_000)
})

describe('re-sent mails', () => {
  it('a known address gets at most three mails a day from the form, and the answer stays the same', async () => {
    const email = 'flooded@example.com'
    expect(await signUp(email)).toMatchObject({ outcome: 'created' })
    const outcomes = []
    for (let i = 0; i < 5; i++) outcomes.push(((await signUp(email)) as { outcome?: string }).outcome)
    expect(outcomes).toEqual(['verification-resent', 'verification-resent', 'verification-resent', 'resend-capped', 'resend-capped'])
    expect(await mailsTo({ payload: cms.payload, to: email, template: 'trial-verify' })).toHaveLength(4)
  }, 60_000)
})
