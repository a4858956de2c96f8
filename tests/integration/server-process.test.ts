import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

let server: ServerProcess
const dataDir = tempDir({ prefix: 'proc' })

beforeAll(async () => {
  requireBuild()
  server = await startServerProcess({ env: { DATA_DIR: dataDir, SEED_DEMO: 'true', JOBS_POLL_MS: '100' } })
})
afterAll(async () => {
  await server?.stop('SIGKILL')
})

describe('the production server', () => {
  it('answers /healthz and /readyz with JSON', async () => {
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ status: 'ok' })
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.headers.get('content-type')).toContain('application/json')
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', writes: 'ok', migrations: 'ok', jobs: 'ok' } })
  })

  it('serves the site (Astro) and the admin (Next) on the same port', async () => {
    const home = await fetch(`${server.url}/nl/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('<html lang="nl">')
    const admin = await fetch(`${server.url}/admin/login`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('myPlugin CMS')
  })

  it('redirects / by Accept-Language', async () => {
    const res = await fetch(`${server.url}/`, { redirect: 'manual', headers: { 'accept-language': 'fr-BE,fr;q=0.9' } })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/fr/')
  })

  it('refuses personal data to anonymous callers through REST and GraphQL', async () => {
    const rest = await fetch(`${server.url}/api/users`)
    expect(rest.status).toBe(403)
    expect(JSON.stringify(await rest.json())).not.toContain('@')
    const outbox = await fetch(`${server.url}/api/outbox-messages`)
    expect(outbox.status).toBe(403)
    const gql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Users { docs { email } } }' }),
    })
    const body = (await gql.json()) as { data?: { Users?: unknown }; errors?: { message: string }[] }
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('puts the security headers on site, admin and API responses', async () => {
    for (const pathname of ['/nl/', '/admin/login', '/api/users', '/healthz']) {
      const res = await fetch(`${server.url}${pathname}`)
      expect(res.headers.get('x-content-type-options'), pathname).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('permissions-policy'), pathname).toContain('camera=()')
      expect(res.headers.get('content-security-policy'), pathname).toContain("frame-ancestors 'self'")
      expect(res.headers.get('strict-transport-security'), pathname).toBeNull()
      expect(res.headers.get('x-request-id'), pathname).toMatch(/^[0-9a-f-]{36}$/)
    }
  })

  it("gives the site a hash-based script policy, never 'unsafe-inline'", async () => {
    const csp = (await fetch(`${server.url}/nl/`)).headers.get('content-security-policy') ?? ''
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
    expect(scriptSrc).toContain("'self'")
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/)
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('nonce-')
  })

  it('caches hashed assets forever and other files briefly', async () => {
    const html = await (await fetch(`${server.url}/nl/`)).text()
    const asset = html.match(/\/_astro\/[^"]+\.css/)?.[0]
    expect(asset).toBeTruthy()
    const res = await fetch(`${server.url}${asset}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const icon = await fetch(`${server.url}/favicon.svg`)
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600')
  })

  it('logs JSON lines with a request id and never the query string (it can carry addresses and tokens)', async () => {
    await fetch(`${server.url}/nl/?email=${encodeURIComponent('leak.me@example.com')}&token=abcdef123`, { headers: { 'x-request-id': 'trace-12345678' } })
    await new Promise((r) => setTimeout(r, 200))
    const lines = server.output().split('\n').filter((l) => l.includes('trace-12345678'))
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ requestId: 'trace-12345678', path: '/nl/', status: 200 })
    expect(server.output()).not.toContain('leak.me')
    expect(server.output()).not.toContain('abcdef123')
  })

  it('renders a localised 404', async () => {
    const res = await fetch(`${server.url}/fr/does-not-exist`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('Page introuvable')
  })
})

describe('state-changing requests', () => {
  it('are refused from another origin, before they reach Payload', async () => {
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'whatever-password' }),
    })
    expect(res.status).toBe(403)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(await res.json()).toEqual({ errors: [{ message: 'Cross-origin request refused.' }] })
  })

  it('are accepted from the site itself', async () => {
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password-123' }),
    })
    expect(res.status).toBe(401)
  })

  it('are rate-limited per client, tighter for sign-ins, with Retry-After', async () => {
    const limited = await startServerProcess({
      env: { DATA_DIR: tempDir({ prefix: 'rate' }), JOBS_ENABLED: 'false', RATE_LIMIT_LOGINS_PER_5_MINUTES: '3', RATE_LIMIT_WRITES_PER_MINUTE: '20' },
    })
    try {
      const attempt = () =>
        fetch(`${limited.url}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password-123' }),
        })
      const statuses = []
      for (let i = 0; i < 5; i++) statuses.push((await attempt()).status)
      expect(statuses).toEqual([401, 401, 401, 429, 429])
      const blocked = await attempt()
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
      // Reading is never limited.
      expect((await fetch(`${limited.url}/readyz`)).status).toBe(200)
    } finally {
      await limited.stop('SIGKILL')
    }
  })
})

describe('HSTS', () => {
  it('is sent behind an https proxy when TRUST_PROXY is on', async () => {
    const proxied = await startServerProcess({ env: { DATA_DIR: tempDir({ prefix: 'hsts' }), TRUST_PROXY: 'true', JOBS_ENABLED: 'false' } })
    try {
      const https = await fetch(`${proxied.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } })
      expect(https.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains')
      const plain = await fetch(`${proxied.url}/healthz`)
      expect(plain.headers.get('strict-transport-security')).toBeNull()
      const ready = (await (await fetch(`${proxied.url}/readyz`)).json()) as { checks: { jobs: string } }
      expect(ready.checks.jobs).toBe('disabled')
    } finally {
      await proxied.stop('SIGKILL')
    }
  })
})

describe('graceful shutdown', () => {
  it('finishes in-flight requests, closes the database and exits 0 on SIGTERM', async () => {
    const dir = tempDir({ prefix: 'stop' })
    const target = await startServerProcess({ env: { DATA_DIR: dir, SEED_DEMO: 'true' } })
    const inFlight = fetch(`${target.url}/nl/`)
    await new Promise((r) => setTimeout(r, 5))
    const code = await target.stop('SIGTERM')
    expect(code).toBe(0)
    expect((await inFlight).status).toBe(200)
    expect(target.output()).toContain('"msg":"stopped"')
    expect(fs.existsSync(path.join(dir, 'myplugin.db'))).toBe(true)
    // A boot with the demo seed takes well over the default minute on a loaded 2-core runner.
  }, 120_000)
})
