import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createTrialAppClient } from '../../integrations/trial-app/create-trial-app-client'
import { TrialAppError } from '../../integrations/trial-app/trial-app-error'
import type { ProvisionTrialRequest } from '../../integrations/trial-app/trial-app-port'
import { freePort } from '../support/free-port'
import { startTrialAppStandInProcess, type TrialAppStandInProcess } from '../support/start-trial-app-stand-in-process'

let app: TrialAppStandInProcess
beforeAll(async () => {
  app = await startTrialAppStandInProcess()
})
afterAll(async () => {
  await app?.stop()
})
beforeEach(async () => {
  await app.control('reset')
})

const client = ({ timeoutMs = 2000, secret = app.secret, url = app.url } = {}) => createTrialAppClient({ url, secret, timeoutMs })

let n = 0
const request = (overrides: Partial<ProvisionTrialRequest> = {}): ProvisionTrialRequest => {
  n++
  return {
    idempotencyKey: `trial:${n}`,
    account: { email: `anna.${n}@example.com`, firstName: 'Anna', lastName: 'Peeters', profession: 'psychologist', practiceName: 'Praktijk Peeters', country: 'BE', locale: 'nl' },
    ...overrides,
  }
}

/** The thrown TrialAppError, as plain fields (or the result, if it did not throw). */
const outcome = async (promise: Promise<unknown>) => {
  try {
    return await promise
  } catch (error) {
    if (!(error instanceof TrialAppError)) throw error
    return { code: error.code, retryable: error.retryable, status: error.status, retryAfterMs: error.retryAfterMs, loginUrl: error.loginUrl }
  }
}

describe('provisioning a trial on the web application (stand-in process)', () => {
  it('opens an account and answers its id and a working login link', async () => {
    const asked = request()
    const opened = await client().provisionTrial(asked)
    expect(opened).toEqual({ accountId: expect.stringMatching(/^acc_/), loginUrl: expect.stringMatching(new RegExp(`^${app.url}/login/`)), trialEndsAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })
    expect((await fetch(opened.loginUrl)).status).toBe(200)
    const { accounts } = await app.state()
    expect(accounts).toEqual([expect.objectContaining({ accountId: opened.accountId, email: asked.account.email, idempotencyKey: asked.idempotencyKey })])
  })

  it('the same key twice: one account, the same answer', async () => {
    const same = request()
    const first = await client().provisionTrial(same)
    const second = await client().provisionTrial(same)
    expect(second).toEqual(first)
    const { accounts, counters } = await app.state()
    expect(accounts).toHaveLength(1)
    expect(counters).toMatchObject({ created: 1, idempotentReplays: 1 })
  })

  it('a retry after a timeout finds the account the slow answer had opened: still one account', async () => {
    const same = request()
    await app.control('slow', { delayMs: 1500 })
    expect(await outcome(client({ timeoutMs: 300 }).provisionTrial(same))).toMatchObject({ code: 'timeout', retryable: true })
    const retried = await client().provisionTrial(same)
    const { accounts } = await app.state()
    expect(accounts).toHaveLength(1)
    expect(accounts[0]?.accountId).toBe(retried.accountId)
  })

  it('through an outage (500, then 503 after opening the account): retryable each time, then one account', async () => {
    const same = request()
    await app.control('fail', { status: 500 })
    await app.control('fail', { status: 503, after: true, retryAfterSeconds: 30 })
    expect(await outcome(client().provisionTrial(same))).toMatchObject({ code: 'unavailable', retryable: true, status: 500 })
    expect(await outcome(client().provisionTrial(same))).toMatchObject({ code: 'unavailable', retryable: true, status: 503, retryAfterMs: 30_000 })
    expect((await app.state()).accounts).toHaveLength(1)
    const retried = await client().provisionTrial(same)
    expect((await app.state()).accounts.map((a) => a.accountId)).toEqual([retried.accountId])
  })

  it('429 is retryable after its Retry-After', async () => {
    await app.control('fail', { status: 429, retryAfterSeconds: 12 })
    expect(await outcome(client().provisionTrial(request()))).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 12_000 })
  })

  it('the same address under another key is `exists`, with the existing account’s login link', async () => {
    const asked = request()
    const first = await client().provisionTrial(asked)
    // The application compares addresses without case: the same person typing capitals is the same account.
    const existing = await outcome(client().provisionTrial({ idempotencyKey: `${asked.idempotencyKey}:again`, account: { ...asked.account, email: asked.account.email.toUpperCase() } }))
    expect(existing).toMatchObject({ code: 'exists', retryable: false, status: 409, loginUrl: first.loginUrl })
    expect((await app.state()).accounts).toHaveLength(1)
  })

  it('a 409 the application gives without a link is `exists` without one', async () => {
    await app.control('conflict', {})
    expect(await outcome(client().provisionTrial(request()))).toMatchObject({ code: 'exists', loginUrl: undefined })
    await app.control('conflict', { loginUrl: 'https://app.example/login/known' })
    expect(await outcome(client().provisionTrial(request()))).toMatchObject({ code: 'exists', loginUrl: 'https://app.example/login/known' })
  })

  it('400 and a refused signature are permanent', async () => {
    await app.control('fail', { status: 400 })
    expect(await outcome(client().provisionTrial(request()))).toMatchObject({ code: 'rejected', retryable: false, status: 400 })
    const wrongSecret = `whsec_${Buffer.alloc(32, 3).toString('base64')}`
    expect(await outcome(client({ secret: wrongSecret }).provisionTrial(request()))).toMatchObject({ code: 'signature_refused', retryable: false, status: 401 })
    expect((await app.state()).accounts).toHaveLength(0)
  })

  it('an application nobody answers for is unavailable (retryable); a bad request is refused before sending', async () => {
    const nowhere = `http://127.0.0.1:${await freePort()}`
    expect(await outcome(client({ url: nowhere }).provisionTrial(request()))).toMatchObject({ code: 'unavailable', retryable: true })
    const bad = request()
    expect(await outcome(client().provisionTrial({ ...bad, account: { ...bad.account, email: 'not-an-address' } }))).toMatchObject({ code: 'rejected', retryable: false, status: undefined })
    expect(await outcome(client().provisionTrial({ ...bad, idempotencyKey: 'with spaces' }))).toMatchObject({ code: 'rejected', retryable: false })
    expect((await app.state()).counters.requests).toBe(0)
  })
})
