/**
 * Requests meant to hurt the process, against the production server: bodies far over what a route takes (they
 * must be refused before anything reads them into memory) and inputs that used to end in a 500.
 */
import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApiClient, type ApiClient } from '../support/api-client'
import { rawRequest } from '../support/raw-request'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

let server: ServerProcess
let api: ApiClient
let adminToken: string
const admin = { email: 'admin@example.com', password: 'hostile-admin-password' }

beforeAll(async () => {
  requireBuild()
  server = await startServerProcess({
    env: {
      DATA_DIR: tempDir({ prefix: 'hostile' }),
      SEED_DEMO: 'true',
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
      JOBS_ENABLED: 'false',
      RATE_LIMIT_WRITES_PER_MINUTE: '10000',
      RATE_LIMIT_LOGINS_PER_5_MINUTES: '1000',
    },
  })
  api = createApiClient({ baseUrl: server.url })
  adminToken = await api.login(admin)
})
afterAll(async () => {
  await server?.stop('SIGKILL')
})

/** The server process's resident memory, in MB (Linux). */
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1]) / 1024

describe('request bodies over the route cap', () => {
  it('a declared 100 MB to the webhook is refused at once, without the body being sent', async () => {
    const answer = await rawRequest({
      port: server.port,
      head: 'POST /api/mail/webhooks/resend HTTP/1.1\nHost: localhost\nContent-Type: application/json\nContent-Length: 100000000',
    })
    expect(answer.statusLine).toBe('HTTP/1.1 413 Payload Too Large')
    expect(answer.ms).toBeLessThan(2000)
  })

  it('a declared 100 MB to the one-click unsubscribe is refused the same way', async () => {
    const answer = await rawRequest({
      port: server.port,
      head: 'POST /api/mail/unsubscribe HTTP/1.1\nHost: localhost\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 100000000',
    })
    expect(answer.statusLine).toBe('HTTP/1.1 413 Payload Too Large')
    expect(answer.ms).toBeLessThan(2000)
  })

  it('a declared 100 MB that asks first (Expect: 100-continue) is not invited to send it', async () => {
    const answer = await rawRequest({
      port: server.port,
      head: 'POST /api/mail/webhooks/resend HTTP/1.1\nHost: localhost\nContent-Type: application/json\nContent-Length: 100000000\nExpect: 100-continue',
    })
    expect(answer.statusLine).toBe('HTTP/1.1 413 Payload Too Large')
  })

  it('a chunked 30 MB post to /consent is cut off after a few KB: 413, and the process does not grow', async () => {
    const post = (chunkedBytes: number) =>
      rawRequest({ port: server.port, chunkedBytes, head: 'POST /consent HTTP/1.1\nHost: localhost\nContent-Type: application/json\nTransfer-Encoding: chunked' })
    // Warm the route up (Astro loads its module on first use), so what is measured next is the body alone.
    await fetch(`${server.url}/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    await post(64 * 1024)
    const before = rssMb()
    let peak = before
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 10)
    const answer = await post(30 * 1024 * 1024)
    clearInterval(sampler)
    peak = Math.max(peak, rssMb())
    expect(answer.statusLine).toBe('HTTP/1.1 413 Payload Too Large')
    // Socket buffers take a few MB before the reset reaches the client; read whole, all 30 MB would have gone.
    expect(answer.bodyBytesSent).toBeLessThan(10 * 1024 * 1024)
    expect(peak - before, `RSS ${before.toFixed(1)} → ${peak.toFixed(1)} MB`).toBeLessThan(10)
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
  })

  it('bodies within the cap still go through', async () => {
    const res = await fetch(`${server.url}/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"not":"a choice"}' })
    expect(res.status).toBe(400)
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...admin, padding: 'x'.repeat(200 * 1024) }),
    })
    expect(login.status).toBe(200)
  })
})

describe('inputs that used to answer 500 answer 4xx', () => {
  it('TRACE (and the other proxy methods) on any path: 405', async () => {
    for (const pathname of ['/nl/', '/api/pages', '/healthz']) {
      const answer = await rawRequest({ port: server.port, head: `TRACE ${pathname} HTTP/1.1\nHost: localhost\nConnection: close` })
      expect(answer.statusLine, pathname).toBe('HTTP/1.1 405 Method Not Allowed')
    }
  })

  const cases: [label: string, path: string, status: number][] = [
    ['an id that is no number', '/api/pages/abc', 404],
    ['a NUL byte as id', '/api/pages/%00', 404],
    ['an id that is no number, on update paths too', '/api/media/abc', 404],
    ['a where that is no JSON', '/api/pages?where=notjson', 400],
    ['a data parameter that is no JSON', '/api/pages?data=%7Bnope', 400],
    ['a where through a block relation', '/api/pages?where[layout.cta.page.slug][equals]=x', 400],
    ['a where through the SEO image', '/api/pages?where[meta.image.alt][equals]=x', 400],
    ['a sort through the SEO image', '/api/pages?sort=meta.image.filename', 400],
  ]
  for (const [label, path, status] of cases) {
    it(`${label} (anonymous): ${status}`, async () => {
      const res = await api.rest({ path })
      expect(res.status, JSON.stringify(res.body)).toBe(status)
    })
  }

  const asAdmin: [path: string, status: number][] = [
    ['/api/media/versions', 404],
    ['/api/users/versions', 404],
    ['/api/media/versions/1', 404],
    ['/api/pages/abc', 404],
    ['/api/pages/versions/abc', 400],
  ]
  for (const [path, status] of asAdmin) {
    it(`${path} as an admin: ${status}`, async () => {
      const res = await api.rest({ path, token: adminToken })
      expect(res.status, JSON.stringify(res.body)).toBe(status)
    })
  }

  it('what stays allowed: a relation queried by its id, a where in JSON, the versions of pages', async () => {
    expect((await api.rest({ path: '/api/pages?where[layout.image][equals]=1' })).status).toBe(200)
    expect((await api.rest({ path: `/api/pages?where=${encodeURIComponent('{"slug":{"equals":"home"}}')}` })).status).toBe(200)
    expect((await api.rest({ path: '/api/redirects?where[to.reference.value][equals]=1' })).status).toBe(200)
    expect((await api.rest({ path: '/api/pages/versions?limit=1', token: adminToken })).status).toBe(200)
  })
})
