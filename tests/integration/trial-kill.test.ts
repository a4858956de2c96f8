import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { mailsTo } from '../support/mails-to'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { startTrialAppStandInProcess, type TrialAppStandInProcess } from '../support/start-trial-app-stand-in-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'

/**
 * Idempotent provisioning through a kill -9: the web application's stand-in (a process of its own, so it outlives
 * the server) opens the account and holds its answer; the server is killed while it waits. The restarted server on
 * the same data folder takes the job over when its lease runs out and asks again under the same key: one account on
 * the application, the trial active, one welcome mail with the account's login link.
 */
const dataDir = tempDir({ prefix: 'trial-kill' })
const email = 'noor.janssens@example.com'
let cms: TestCms
let app: TrialAppStandInProcess
let server: ServerProcess | undefined
let serverEnv: Record<string, string | undefined>

const trial = async () => (await cms.payload.find({ collection: 'trials', limit: 1, depth: 0, overrideAccess: true })).docs[0]
const welcomeMails = () => mailsTo({ payload: cms.payload, to: email, template: 'trial-welcome' })

const post = (path: string, form: Record<string, string>) =>
  fetch(`${server!.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server!.url, 'x-forwarded-for': '203.0.113.40' },
    body: new URLSearchParams(form),
  })

beforeAll(async () => {
  requireBuild()
  app = await startTrialAppStandInProcess()
  cms = await createTestCms({ dataDir, seed: true })
  serverEnv = {
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    TRUST_PROXY: 'true',
    TRIAL_PROVISIONING_URL: app.url,
    TRIAL_PROVISIONING_SECRET: app.secret,
    TRIAL_WEBHOOK_SECRET: app.webhookSecret,
    // Longer than the stand-in holds the answer: the kill, not a timeout, is what interrupts the request.
    TRIAL_PROVISIONING_TIMEOUT_MS: '60000',
    JOBS_POLL_MS: '50',
    // The killed server's job is taken over quickly by the restarted one.
    JOBS_LEASE_MS: '3000',
    LOG_LEVEL: 'warn',
  }
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
  await app?.stop()
})

describe('trial provisioning whose server is killed mid-request (kill -9)', () => {
  it('ends with one account on the application, the trial active and one welcome mail', async () => {
    server = await startServerProcess({ env: serverEnv })
    const stamp = createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) })
    const signup = await post('/nl/trial', { firstName: 'Noor', lastName: 'Janssens', email, profession: 'therapist', country: 'BE', locale: 'nl', accept: 'yes', stamp })
    expect(signup.status).toBe(303)
    const verifyMail = await waitFor({ what: 'the verification mail', check: async () => (await mailsTo({ payload: cms.payload, to: email, template: 'trial-verify' }))[0] })
    const token = /trial\/verify\?token=([A-Za-z0-9_.-]+)/.exec(verifyMail.text)?.[1]
    expect(token).toBeTruthy()

    // The application opens the account at once and answers a minute later: the kill lands in between.
    expect((await app.control('slow', { delayMs: 60_000 })).status).toBe(204)
    expect((await post('/nl/trial/verify', { token: token! })).status).toBe(200)
    await waitFor({ what: 'the account opened on the application', everyMs: 20, check: async () => (await app.state()).accounts.length === 1 })
    expect(await server.stop('SIGKILL')).toBe(null)
    expect(await trial()).toMatchObject({ status: 'provisioning' })
    expect(await welcomeMails()).toEqual([])

    server = await startServerProcess({ env: serverEnv })
    const active = await waitFor({ what: 'the trial active', timeoutMs: 60_000, everyMs: 200, check: async () => ((await trial())?.status === 'active' ? trial() : undefined) })
    const { accounts, counters } = await app.state()
    expect(accounts).toHaveLength(1)
    expect(accounts[0]).toMatchObject({ email, idempotencyKey: active.idempotencyKey })
    expect(active).toMatchObject({ accountId: accounts[0]!.accountId, loginUrl: accounts[0]!.loginUrl })
    // The second attempt found the account the first one opened: a replay under the same key, not a second account.
    expect(counters).toMatchObject({ created: 1, idempotentReplays: 1, conflicts: 0 })

    // The welcome mail is sent by the restarted server, once; nothing later adds another.
    await waitFor({ what: 'the welcome mail sent', timeoutMs: 30_000, check: async () => (await cms.payload.count({ collection: 'outbox-messages', where: { idempotencyKey: { like: 'trial-welcome:' } }, overrideAccess: true })).totalDocs > 0 })
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const welcome = await welcomeMails()
    expect(welcome).toHaveLength(1)
    expect(welcome[0]!.text).toContain(accounts[0]!.loginUrl)
    expect((await cms.payload.count({ collection: 'outbox-messages', where: { idempotencyKey: { like: 'trial-welcome:' } }, overrideAccess: true })).totalDocs).toBe(1)
    expect((await app.state()).accounts).toHaveLength(1)
  }, 180_000)
})
