import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApiClient, type ApiClient } from '../support/api-client'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

/**
 * The admin's own requests against the production server, with every guard in the request path (write guard,
 * multipart check, query guard, two-factor gate): a document's edit view renders its form, and a save made the way
 * the admin makes it (multipart/form-data with a `_payload` field, from the site's origin, as a draft autosave and
 * as a publish) is stored. The query guard once refused the Date the document view's lock check compares with: the
 * view rendered blank (200, no form) and no document could be saved in the admin.
 */
const admin = { email: 'admin@example.com', password: 'admin-document-password' }
let server: ServerProcess
let api: ApiClient
let token: string
let pageId: number

beforeAll(async () => {
  requireBuild()
  server = await startServerProcess({
    env: {
      DATA_DIR: tempDir({ prefix: 'admin-document' }),
      SEED_DEMO: 'true',
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
      JOBS_ENABLED: 'false',
    },
  })
  api = createApiClient({ baseUrl: server.url })
  token = await api.login(admin)
  const { body } = await api.rest({ path: '/api/pages?limit=1&depth=0&where[slug][equals]=prijzen&locale=nl', token })
  pageId = (body as { docs: { id: number }[] }).docs[0]?.id as number
  expect(pageId).toBeTruthy()
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
})

/** An admin page as the browser loads it: the session cookie on a direct navigation. */
const adminPage = async (path: string) => {
  const res = await fetch(`${server.url}${path}`, { headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'none' }, redirect: 'manual' })
  return { status: res.status, html: await res.text() }
}

/** A save as the admin's form sends it: multipart, the document as JSON in `_payload`, from the site's own origin. */
const adminSave = (path: string, data: Record<string, unknown>, method = 'PATCH') => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  return fetch(`${server.url}${path}`, { method, headers: { authorization: `JWT ${token}`, origin: server.url }, body: form })
}

describe('the admin through the production server', () => {
  it("renders a page's edit view with its form", async () => {
    const { status, html } = await adminPage(`/admin/collections/pages/${pageId}`)
    expect(status).toBe(200)
    expect(html).toContain('collection-edit__form')
    expect(html).toContain('id="field-title"')
  })

  it("renders a global's edit view with its form", async () => {
    const { status, html } = await adminPage('/admin/globals/organisation')
    expect(status).toBe(200)
    expect(html).toContain('id="field-city"')
  })

  it('stores a draft autosave sent as multipart', async () => {
    const title = `Prijzen (concept ${Date.now()})`
    const res = await adminSave(`/api/pages/${pageId}?depth=0&draft=true&autosave=true&locale=nl`, { title })
    expect(res.status, await res.clone().text()).toBe(200)
    const { body } = await api.rest({ path: `/api/pages/${pageId}?depth=0&draft=true&locale=nl`, token })
    expect((body as { title: string }).title).toBe(title)
  })

  it('stores a publish sent as multipart, and visitors get it', async () => {
    const title = `Prijzen ${Date.now()}`
    const res = await adminSave(`/api/pages/${pageId}?depth=0&locale=nl`, { title, _status: 'published' })
    expect(res.status, await res.clone().text()).toBe(200)
    const { body } = await api.rest({ path: `/api/pages/${pageId}?depth=0&locale=nl` })
    expect((body as { title: string }).title).toBe(title)
  })

  it("stores a global's save sent as multipart", async () => {
    const city = `Leopoldsburg ${Date.now()}`
    const res = await adminSave('/api/globals/organisation?depth=0', { city }, 'POST')
    expect(res.status, await res.clone().text()).toBe(200)
    const { body } = await api.rest({ path: '/api/globals/organisation?depth=0', token })
    expect((body as { city: string }).city).toBe(city)
  })
})
