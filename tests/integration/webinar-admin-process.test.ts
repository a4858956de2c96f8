/**
 * The webinar admin through the production server, with every guard in the request path: the attendance import is a
 * state-changing request like the others (a browser request from another origin is refused, a body over its 2 MB cap
 * is stopped by the server), a same-origin upload works, the export downloads over HTTP, and a webinar's edit view
 * (with the registrations panel) renders for a marketer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApiClient, type ApiClient } from '../support/api-client'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { staffPassword } from '../support/webinar-admin-fixtures'

const admin = { email: 'admin@example.com', password: 'webinar-admin-process-password' }
let server: ServerProcess
let api: ApiClient
let marketer: string
let webinarId: number

beforeAll(async () => {
  requireBuild()
  server = await startServerProcess({
    env: { DATA_DIR: tempDir({ prefix: 'webinar-admin' }), SEED_DEMO: 'true', SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password, JOBS_ENABLED: 'false' },
  })
  api = createApiClient({ baseUrl: server.url })
  const adminToken = await api.login(admin)
  const created = await api.rest({ method: 'POST', path: '/api/users', token: adminToken, json: { email: 'marketer@example.com', password: staffPassword, roles: ['marketer'] } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  marketer = await api.login({ email: 'marketer@example.com', password: staffPassword })
  const webinar = await api.rest({
    method: 'POST',
    path: '/api/webinars?depth=0',
    token: marketer,
    json: { title: 'Proces', slug: 'proces', start: new Date(Date.now() + 5 * 24 * 3_600_000).toISOString(), durationMinutes: 60, language: 'nl', joinUrl: 'https://meet.example.com/p', _status: 'published' },
  })
  expect(webinar.status, JSON.stringify(webinar.body)).toBe(201)
  webinarId = (webinar.body as { doc: { id: number } }).doc.id
}, 180_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
})

const importUrl = () => `${server.url}/api/webinars/${webinarId}/attendance-import`

describe('the webinar admin through the production server', () => {
  it('takes an attendance file from the admin’s own origin', async () => {
    const res = await fetch(importUrl(), { method: 'POST', headers: { authorization: `JWT ${marketer}`, origin: server.url, 'content-type': 'text/csv' }, body: 'email\nnobody@example.com\n' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ rows: [{ row: 2, outcome: 'unknown-address' }] })
  })

  it('refuses one posted from another origin', async () => {
    const res = await fetch(importUrl(), { method: 'POST', headers: { authorization: `JWT ${marketer}`, origin: 'https://evil.example', 'content-type': 'text/csv' }, body: 'email\nnobody@example.com\n' })
    expect(res.status).toBe(403)
  })

  it('stops a body over the 2 MB cap in the server', async () => {
    const res = await fetch(importUrl(), { method: 'POST', headers: { authorization: `JWT ${marketer}`, origin: server.url, 'content-type': 'text/csv' }, body: `email\n${'x'.repeat(3 * 1024 * 1024)}` })
    expect(res.status).toBe(413)
  })

  it('downloads the export as a CSV attachment', async () => {
    const res = await fetch(`${server.url}/api/webinars/${webinarId}/registrations-export`, { headers: { authorization: `JWT ${marketer}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="registrations-proces\.csv"$/)
  })

  it('renders the webinar’s edit view for a marketer', async () => {
    const res = await fetch(`${server.url}/admin/collections/webinars/${webinarId}`, { headers: { cookie: `payload-token=${marketer}`, 'sec-fetch-site': 'none' }, redirect: 'manual' })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('collection-edit__form')
  })
})
