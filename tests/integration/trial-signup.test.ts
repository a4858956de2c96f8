import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { claimJobs } from '../../cms/jobs/claim-jobs'
import { createTrialVerifyToken } from '../../cms/links/trial-verify-token'
import { handleTrialSignup } from '../../cms/trials/handle-trial-signup'
import { verifyTrial } from '../../cms/trials/verify-trial'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { mailsTo } from '../support/mails-to'
import { startTrialAppStandInProcess, type TrialAppStandInProcess } from '../support/start-trial-app-stand-in-process'

/**
 * Signup → verification mail → verify → provisioned once on the web application's stand-in (a process of its own)
 * → welcome mail with the application's login link; through an outage, a timeout after the account was opened, a
 * 409, and bad verification links. A real Payload on SQLite; jobs run as the runner runs them (lease, then run).
 */
let cms: TestCms
let app: TrialAppStandInProcess

beforeAll(async () => {
  app = await startTrialAppStandInProcess()
  Object.assign(process.env, { TRIAL_PROVISIONING_URL: app.url, TRIAL_PROVISIONING_SECRET: app.secret, TRIAL_PROVISIONING_TIMEOUT_MS: '1000' })
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
const stamp = () => createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) })
const form = (email: string, extra: Record<string, string> = {}) => ({
  firstName: 'Anna',
  lastName: 'Peeters',
  email,
  profession: 'psychologist',
  practiceName: 'Praktijk Peeters',
  country: 'BE',
  locale: 'nl',
  accept: 'yes',
  stamp: stamp(),
  ...extra,
})
const signUp = (email: string, extra: Record<string, string> = {}) => handleTrialSignup({ payload: cms.payload, form: form(email, extra), pageLocale: 'nl', clientKey: `client-${++n}` })
const trialOf = async (email: string) => {
  const contact = (await cms.payload.find({ collection: 'contacts', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  return (await cms.payload.find({ collection: 'trials', where: { contact: { equals: contact?.id ?? -1 } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
}
const tokenFrom = (text: string) => /trial\/verify\?token=([A-Za-z0-9_.-]+)/.exec(text)?.[1]

/** Runs every runnable job (as our runner does), moving retries' waits into the past, until provisioning settles. */
const provisionJob = async (trialKey: string) =>
  (await cms.payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'provisionTrial' } }, { 'input.trial': { equals: trialKey } }] }, sort: '-id', limit: 1, depth: 0, overrideAccess: true })).docs[0]
const runJobs = async () => {
  await claimJobs({ payload: cms.payload, workerId: 'trial-worker', leaseMs: 60_000, limit: 50, queue: 'default' })
  await cms.payload.jobs.run({ where: { claimedBy: { equals: 'trial-worker' } }, silent: true })
}
const runUntilSettled = async (trialKey: string, maxRuns = 20) => {
  for (let run = 0; run < maxRuns; run++) {
    await runJobs()
    const job = await provisionJob(trialKey)
    if (!job || job.completedAt || job.hasError) return job
    await cms.payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
  }
  return provisionJob(trialKey)
}

const signUpAndVerify = async (email: string) => {
  expect(await signUp(email)).toMatchObject({ result: 'accepted', outcome: 'created' })
  const [mail] = await mailsTo({ payload: cms.payload, to: email, template: 'trial-verify' })
  const token = tokenFrom(mail?.text ?? '')
  expect(token).toBeTruthy()
  expect(await verifyTrial({ payload: cms.payload, token })).toEqual({ outcome: 'verified' })
  const trial = await trialOf(email)
  expect(trial).toMatchObject({ status: 'provisioning' })
  return trial!
}

describe('trial signup, verification and provisioning', () => {
  it('signs up, verifies and provisions once through an outage: one account, the welcome mail with its login link', async () => {
    const email = 'outage@example.com'
    const trial = await signUpAndVerify(email)
    expect(trial.verifiedAt).toBeTruthy()
    await app.control('fail', { requests: 3, status: 503 })
    const job = await runUntilSettled(trial.idempotencyKey)
    // Three refused attempts, then the one that opened the account.
    expect(job).toMatchObject({ hasError: false, totalTried: 4 })
    const { accounts } = await app.state()
    expect(accounts.filter((a) => a.email === email)).toHaveLength(1)
    const account = accounts.find((a) => a.email === email)!
    expect(account.idempotencyKey).toBe(trial.idempotencyKey)
    expect(await trialOf(email)).toMatchObject({ status: 'active', accountId: account.accountId, loginUrl: account.loginUrl })
    await runJobs()
    const welcome = await mailsTo({ payload: cms.payload, to: email, template: 'trial-welcome' })
    expect(welcome).toHaveLength(1)
    expect(welcome[0]?.text).toContain(account.loginUrl)
    const activities = await cms.payload.find({ collection: 'contact-activities', where: { and: [{ contact: { equals: trial.contact as number } }, { type: { equals: 'trial-started' } }] }, depth: 0, overrideAccess: true })
    expect(activities.totalDocs).toBe(1)
    const consent = await cms.payload.find({ collection: 'consent-records', where: { source: { equals: 'trial' } }, depth: 0, overrideAccess: true })
    expect(consent.docs.length).toBeGreaterThan(0)
  }, 60_000)

  it('a timeout after the application opened the account (and a 503 after opening it): retried with the same key, still one account', async () => {
    const email = 'timeout@example.com'
    const trial = await signUpAndVerify(email)
    await app.control('slow', { delayMs: 1_500 })
    await app.control('fail', { status: 503, after: true })
    const job = await runUntilSettled(trial.idempotencyKey)
    expect(job).toMatchObject({ hasError: false })
    const { accounts } = await app.state()
    expect(accounts.filter((a) => a.email === email)).toHaveLength(1)
    expect(await trialOf(email)).toMatchObject({ status: 'active', loginUrl: accounts[0]?.loginUrl })
  }, 60_000)

  it('409 (the address has an account already): active with the link the application gives', async () => {
    const email = 'exists@example.com'
    const trial = await signUpAndVerify(email)
    await app.control('conflict', { loginUrl: `${app.url}/login/existing` })
    await runUntilSettled(trial.idempotencyKey)
    expect(await trialOf(email)).toMatchObject({ status: 'active', loginUrl: `${app.url}/login/existing` })
  }, 60_000)

  it('a permanent refusal: failed, a dead letter with the error, retryable (same key, then one account)', async () => {
    const email = 'refused@example.com'
    const trial = await signUpAndVerify(email)
    await app.control('fail', { status: 422 })
    const job = await runUntilSettled(trial.idempotencyKey)
    expect(job?.hasError).toBe(true)
    expect(await trialOf(email)).toMatchObject({ status: 'failed', provisioningError: expect.stringMatching(/^rejected/) })
    const { retryTrialProvisioning } = await import('../../cms/trials/retry-trial-provisioning')
    await retryTrialProvisioning({ payload: cms.payload, trialId: trial.id })
    await runUntilSettled(trial.idempotencyKey)
    expect(await trialOf(email)).toMatchObject({ status: 'active' })
    expect((await app.state()).accounts.filter((a) => a.email === email)).toHaveLength(1)
  }, 60_000)

  it('forged, expired and reused verification links: refused or "already verified", nothing twice', async () => {
    const email = 'links@example.com'
    expect(await signUp(email)).toMatchObject({ result: 'accepted' })
    const trial = (await trialOf(email))!
    expect(await verifyTrial({ payload: cms.payload, token: 'forged.token' })).toEqual({ outcome: 'invalid' })
    const real = createTrialVerifyToken({ secret: cms.payload.secret, trialKey: trial.idempotencyKey })
    expect(await verifyTrial({ payload: cms.payload, token: `${real.slice(0, -2)}xx` })).toEqual({ outcome: 'invalid' })
    const other = createTrialVerifyToken({ secret: 'another-secret-0123456789abcdefghijklmn', trialKey: trial.idempotencyKey })
    expect(await verifyTrial({ payload: cms.payload, token: other })).toEqual({ outcome: 'invalid' })
    const old = createTrialVerifyToken({ secret: cms.payload.secret, trialKey: trial.idempotencyKey, now: new Date(Date.now() - 25 * 3_600_000) })
    expect(await verifyTrial({ payload: cms.payload, token: old })).toEqual({ outcome: 'expired' })
    expect((await trialOf(email))?.status).toBe('awaiting-verification')
    const both = await Promise.all([verifyTrial({ payload: cms.payload, token: real }), verifyTrial({ payload: cms.payload, token: real })])
    expect(both.map((b) => b.outcome).sort()).toEqual(['already-verified', 'verified'])
    expect(await verifyTrial({ payload: cms.payload, token: real })).toEqual({ outcome: 'already-verified' })
    const jobs = await cms.payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'provisionTrial' } }, { 'input.trial': { equals: trial.idempotencyKey } }] }, overrideAccess: true })
    expect(jobs.totalDocs).toBe(1)
  }, 60_000)

  it('a second signup sends the right mail again and never makes a second trial; a double submit is one trial', async () => {
    const email = 'twice@example.com'
    const [first, second] = await Promise.all([signUp(email), signUp(email)])
    expect(first.result).toBe('accepted')
    expect(second.result).toBe('accepted')
    const trial = (await trialOf(email))!
    expect(await mailsTo({ payload: cms.payload, to: email, template: 'trial-verify' })).toHaveLength(2)
    expect(await signUp(email)).toMatchObject({ result: 'accepted', outcome: 'verification-resent' })
    const token = createTrialVerifyToken({ secret: cms.payload.secret, trialKey: trial.idempotencyKey })
    await verifyTrial({ payload: cms.payload, token })
    await runUntilSettled(trial.idempotencyKey)
    await runJobs()
    expect(await signUp(email)).toMatchObject({ result: 'accepted', outcome: 'already-has-trial' })
    const exists = await mailsTo({ payload: cms.payload, to: email, template: 'trial-exists' })
    expect(exists).toHaveLength(1)
    expect(exists[0]?.text).toContain((await trialOf(email))?.loginUrl ?? 'no link')
    const contact = (await cms.payload.find({ collection: 'contacts', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]
    expect((await cms.payload.count({ collection: 'trials', where: { contact: { equals: contact!.id } }, overrideAccess: true })).totalDocs).toBe(1)
    expect((await app.state()).accounts.filter((a) => a.email === email)).toHaveLength(1)
  }, 60_000)

  it('refuses a form without acceptance, and answers a robot (honeypot) like everyone else', async () => {
    expect(await signUp('noaccept@example.com', { accept: '' })).toMatchObject({ result: 'invalid', errors: ['accept-required'] })
    expect(await signUp('robot@example.com', { website: 'http://spam' })).toEqual({ result: 'accepted', outcome: 'honeypot' })
    expect(await trialOf('robot@example.com')).toBeUndefined()
  })
})
