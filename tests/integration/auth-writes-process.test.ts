import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApiClient, type ApiClient } from '../support/api-client'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'

/**
 * Payload's auth operations that open a transaction and write beside it (forgot-password's rate-limit reservation,
 * failed-login counters, lockouts, unlock, reset) against the production server: each answers within seconds, every
 * kind of write still completes afterwards, /readyz stays honest, and the reset mail reaches the outbox with a link
 * that works. Before the fix one forgot-password request never answered and froze every later write.
 */
const publicUrl = 'https://cms.example.test'
const admin = { email: 'admin@example.com', password: 'correct-horse-battery' }
const person = { email: 'reset.person@example.com', password: 'first-password-123' }
let server: ServerProcess
let api: ApiClient
let adminToken: string

// Bounded: a hanging request fails the test in seconds instead of stalling the run.
const post = (path: string, json: unknown, token?: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(json),
    signal: AbortSignal.timeout(5_000),
  })

const writesStillComplete = async () => {
  const consent = await post('/consent', {
    consentId: randomUUID(),
    eventId: randomUUID(),
    action: 'given',
    revision: 1,
    locale: 'en',
    acceptedCategories: ['necessary'],
    rejectedCategories: ['analytics', 'marketing'],
    acceptedServices: {},
  })
  expect(consent.status).toBe(204)
  const save = await fetch(`${server.url}/api/globals/organisation`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
    body: JSON.stringify({ city: `Leopoldsburg ${Date.now()}` }),
    signal: AbortSignal.timeout(5_000),
  })
  expect(save.status).toBe(200)
  const ready = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(5_000) })
  expect(ready.status).toBe(200)
  expect(await ready.json()).toMatchObject({ checks: { database: 'ok', writes: 'ok' } })
}

const resetMailFor = async (email: string) =>
  waitFor({
    what: 'the reset mail in the outbox',
    timeoutMs: 15_000,
    check: async () => {
      const { body } = await api.rest({ path: `/api/outbox-messages?where[to][equals]=${encodeURIComponent(email)}&sort=-createdAt&limit=1`, token: adminToken })
      return (body as { docs?: { subject: string; html: string; text: string }[] }).docs?.[0]
    },
  })

beforeAll(async () => {
  requireBuild()
  server = await startServerProcess({
    env: {
      DATA_DIR: tempDir({ prefix: 'auth-writes' }),
      PUBLIC_URL: publicUrl,
      SEED_DEMO: 'true',
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
      JOBS_POLL_MS: '100',
      RATE_LIMIT_LOGINS_PER_5_MINUTES: '1000',
      RATE_LIMIT_WRITES_PER_MINUTE: '1000',
    },
  })
  api = createApiClient({ baseUrl: server.url })
  adminToken = await api.login(admin)
  const created = await api.rest({ method: 'POST', path: '/api/users', token: adminToken, json: { ...person, name: 'Reset Person', roles: ['editor'] } })
  expect(created.status).toBe(201)
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
})

describe('forgot-password', () => {
  it('answers at once for an unknown address, and writes still complete afterwards', async () => {
    const res = await post('/api/users/forgot-password', { email: 'nobody@example.com' })
    expect(res.status).toBe(200)
    await writesStillComplete()
  })

  it('queues the reset mail (our template) with a link to PUBLIC_URL/admin/reset/<token>, and the link resets the password', async () => {
    const res = await post('/api/users/forgot-password', { email: person.email })
    expect(res.status).toBe(200)
    await writesStillComplete()
    const mail = await resetMailFor(person.email)
    expect(mail.subject).toBe('Set a new password for the myPlugin CMS')
    const token = new RegExp(`${publicUrl}/admin/reset/([0-9a-f]{40})`).exec(mail.html)?.[1]
    expect(token).toBeDefined()
    expect(mail.text).toContain(`${publicUrl}/admin/reset/${token}`)
    const reset = await post('/api/users/reset-password', { token, password: 'second-password-456' })
    expect(reset.status).toBe(200)
    await expect(api.login({ email: person.email, password: 'second-password-456' })).resolves.toBeTruthy()
    // The token works once.
    expect((await post('/api/users/reset-password', { token, password: 'third-password-789' })).status).toBe(403)
    await writesStillComplete()
  })

  it('never writes the address to the logs', () => {
    expect(server.output()).not.toContain(person.email)
    expect(server.output()).not.toContain('nobody@example.com')
  })
})

describe('failed logins and lockouts', () => {
  it('count failures, lock the account, unlock it, and never hold up other writes', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await post('/api/users/login', { email: person.email, password: 'wrong-password-000' })).status)
    expect(statuses.every((s) => s === 401)).toBe(true)
    await writesStillComplete()
    // Locked: even the right password is refused now.
    expect((await post('/api/users/login', { email: person.email, password: 'second-password-456' })).status).toBe(401)
    const unlock = await post('/api/users/unlock', { email: person.email }, adminToken)
    expect(unlock.status).toBe(200)
    expect((await post('/api/users/login', { email: person.email, password: 'second-password-456' })).status).toBe(200)
    await writesStillComplete()
  })
})
