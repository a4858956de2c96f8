import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { enrolOverHttp, type Enrolled } from '../two-factor/enrol-over-http'

const admin = { email: 'admin@example.com', password: 'https-admin-password' }
const publicUrl = 'https://cms.example.test'
const secret = 'https-sign-in-test-secret-0123456789abcdefghij'

// A production deployment on https behind a trusted proxy, and one whose public URL is plain http.
let https: ServerProcess
let http: ServerProcess

const baseEnv = { SEED_DEMO: 'true', SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password, JOBS_ENABLED: 'false', APP_ENV: 'production', PAYLOAD_SECRET: secret, DATA_ENCRYPTION_KEY: 'q0bGx3Lw7m5Yt1ZfC2nR8kVd4sJp6hUa9eWc0iTo3Xg=', TRUST_PROXY: 'true' }

beforeAll(async () => {
  requireBuild()
  ;[https, http] = await Promise.all([
    startServerProcess({ env: { ...baseEnv, DATA_DIR: tempDir({ prefix: 'https' }), PUBLIC_URL: publicUrl } }),
    startServerProcess({ env: { ...baseEnv, DATA_DIR: tempDir({ prefix: 'http' }), PUBLIC_URL: undefined } }),
  ])
}, 120_000)
afterAll(async () => {
  await Promise.all([https?.stop('SIGKILL'), http?.stop('SIGKILL')])
})

const login = (server: ServerProcess) =>
  fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })

// Production requires two-factor sign-in of admins: the tests that use the admin's session enrol once (the
// enrolling session counts as verified) and share it.
let enrolled: Promise<Enrolled> | undefined
const verifiedToken = async () => (await (enrolled ??= enrolOverHttp({ url: http.url, ...admin }))).token

const sessionCookie = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))

// Payload writes `Secure=true`; browsers read the attribute by its name.
const secureAttribute = /;\s*Secure(=[^;]*)?(;|$)/i

describe('session cookies', () => {
  it('are Secure when PUBLIC_URL is https and not when it is plain http, whatever APP_ENV says', async () => {
    const overHttps = sessionCookie(await login(https))
    expect(overHttps).toBeDefined()
    expect(overHttps).toMatch(secureAttribute)
    // Both servers are production: local development on http (and a first look at a new deployment) keeps signing in.
    const overHttp = sessionCookie(await login(http))
    expect(overHttp).toBeDefined()
    expect(overHttp).not.toMatch(secureAttribute)
  })
})

describe('plain http in production', () => {
  const viaProxy = (server: ServerProcess, path: string, init: RequestInit & { proto: string }) =>
    fetch(`${server.url}${path}`, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), 'x-forwarded-proto': init.proto } })

  it('redirects GET and HEAD 301 to the same path and query on the public https origin, except the probes', async () => {
    const get = await viaProxy(https, '/nl/over-ons?x=1&y=2', { proto: 'http' })
    expect(get.status).toBe(301)
    expect(get.headers.get('location')).toBe(`${publicUrl}/nl/over-ons?x=1&y=2`)
    // The Host header never chooses the target.
    const spoofed = await viaProxy(https, '/admin', { proto: 'http', headers: { host: 'evil.example' } })
    expect(spoofed.headers.get('location')).toBe(`${publicUrl}/admin`)
    const head = await viaProxy(https, '/admin/login', { method: 'HEAD', proto: 'http' })
    expect(head.status).toBe(301)
    expect(head.headers.get('location')).toBe(`${publicUrl}/admin/login`)
    // A load balancer's health checks over plain http keep their answers.
    expect((await viaProxy(https, '/healthz', { proto: 'http' })).status).toBe(200)
    expect((await viaProxy(https, '/readyz', { proto: 'http' })).status).toBe(200)
    // Requests that came over https are served, and a deployment whose PUBLIC_URL is http is never redirected.
    expect((await viaProxy(https, '/admin/login', { proto: 'https' })).status).toBe(200)
    expect((await viaProxy(http, '/admin/login', { proto: 'http' })).status).toBe(200)
  })

  it('refuses other methods over plain http instead of redirecting their body', async () => {
    const post = await viaProxy(https, '/api/users/login', { method: 'POST', proto: 'http', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    expect(post.status).toBe(403)
    expect(post.headers.get('location')).toBeNull()
    expect(sessionCookie(post)).toBeUndefined()
  })
})

describe('password changes over REST', () => {
  it('refuse a weak password with the policy message on the password field', async () => {
    const token = await verifiedToken()
    const { user } = (await (await fetch(`${http.url}/api/users/me`, { headers: { authorization: `JWT ${token}` } })).json()) as { user: { id: string | number } }
    const res = await fetch(`${http.url}/api/users/${String(user.id)}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ password: 'password1234' }),
    })
    const body = (await res.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(res.status).toBe(400)
    expect(body.errors[0]?.data?.errors).toEqual([{ path: 'password', message: expect.stringMatching(/too easy to guess/) }])
  })
})

describe('the admin consent page', () => {
  it('states where each processor keeps data, from the processor registry', async () => {
    const token = await verifiedToken()
    const res = await fetch(`${http.url}/admin/consent`, { headers: { authorization: `JWT ${token}` } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Where data is kept')
    const { processorRegistry } = await import('../../config/processors/processor-registry')
    for (const processor of processorRegistry) expect(html).toContain(`<td>${processor.name}</td><td>${processor.storage.en}</td>`)
  })
})
