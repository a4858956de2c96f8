import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApiClient } from '../support/api-client'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'

const dataDir = tempDir({ prefix: 'cache' })
let a: ServerProcess
let b: ServerProcess
let token: string
let homeId: number

const heading = async (server: ServerProcess, path = '/nl/') => {
  const res = await fetch(`${server.url}${path}`)
  const html = await res.text()
  return { cache: res.headers.get('x-cache'), marker: res.headers.get('x-render-cache'), h1: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] }
}

beforeAll(async () => {
  requireBuild()
  const env = { DATA_DIR: dataDir, PAYLOAD_SECRET: 'render-cache-test-secret-0123456789abcdef', SEED_DEMO: 'true', JOBS_ENABLED: 'false', RENDER_CACHE_POLL_MS: '200', SEED_ADMIN_EMAIL: 'admin@example.com', SEED_ADMIN_PASSWORD: 'correct-horse-battery' }
  a = await startServerProcess({ env })
  b = await startServerProcess({ env })
  const api = createApiClient({ baseUrl: a.url })
  token = await api.login({ email: 'admin@example.com', password: 'correct-horse-battery' })
  const found = await api.rest({ path: '/api/pages?where[slug][equals]=home&depth=0', token })
  homeId = (found.body as { docs: { id: number }[] }).docs[0]!.id
})
afterAll(async () => {
  await Promise.all([a?.stop('SIGKILL'), b?.stop('SIGKILL')])
})

describe('the render cache', () => {
  it('serves a published page from memory after its first render, without the marker', async () => {
    const first = await heading(a)
    const second = await heading(a)
    expect(first.cache).toBe('miss')
    expect(second.cache).toBe('hit')
    expect(second.h1).toBe(first.h1)
    expect([first.marker, second.marker]).toEqual([null, null])
  })

  it('is emptied by a publish, in this instance at once and in every other instance sharing the database', async () => {
    await heading(b)
    expect((await heading(b)).cache).toBe('hit')
    const api = createApiClient({ baseUrl: a.url })
    const page = (await api.rest({ path: `/api/pages/${homeId}?depth=0&locale=nl`, token })).body as { layout: { blockType: string; heading?: string }[] }
    const layout = page.layout.map((block) => (block.blockType === 'hero' ? { ...block, heading: 'Nieuw gepubliceerd' } : block))
    const saved = await api.rest({ method: 'PATCH', path: `/api/pages/${homeId}?locale=nl`, token, json: { layout, _status: 'published' } })
    expect(saved.status).toBe(200)
    expect((await heading(a)).h1).toBe('Nieuw gepubliceerd')
    await waitFor({ what: 'the other instance to drop its cached page', timeoutMs: 10_000, check: async () => (await heading(b)).h1 === 'Nieuw gepubliceerd' })
  })

  it('is not emptied by a draft save, and never serves a draft', async () => {
    // First let the instance settle on the committed version of the previous publish (it polls every 200 ms).
    await waitFor({
      what: 'a stable cached page',
      timeoutMs: 10_000,
      check: async () => {
        await heading(a)
        await new Promise((r) => setTimeout(r, 400))
        return (await heading(a)).cache === 'hit'
      },
    })
    const api = createApiClient({ baseUrl: a.url })
    const saved = await api.rest({ method: 'PATCH', path: `/api/pages/${homeId}?locale=nl&draft=true`, token, json: { title: 'Concepttitel' } })
    expect(saved.status).toBe(200)
    const after = await heading(a)
    expect(after.cache).toBe('hit')
    expect(after.h1).toBe('Nieuw gepubliceerd')
  })

  it('lets previews bypass it', async () => {
    const res = await fetch(`${a.url}/nl/?preview=1`)
    expect(res.headers.get('x-cache')).toBe('miss')
    expect(res.headers.get('x-render-cache')).toBeNull()
  })
})

// The same two real server processes serve this check of the policy-versions API over HTTP.
describe('policy versions over HTTP', () => {
  it('a published version cannot be changed or deleted through REST or GraphQL', async () => {
    const api = createApiClient({ baseUrl: a.url })
    const list = (await api.rest({ path: '/api/policy-versions?where[state][equals]=published&depth=0&limit=1', token })).body as { docs: { id: number; versionLabel: string }[] }
    const published = list.docs[0]!
    const patched = await api.rest({ method: 'PATCH', path: `/api/policy-versions/${published.id}`, token, json: { versionLabel: 'tampered' } })
    expect(patched.status).toBe(403)
    expect(JSON.stringify(patched.body)).toContain('A published policy version cannot be changed. Create a new version instead.')
    const deleted = await api.rest({ method: 'DELETE', path: `/api/policy-versions/${published.id}`, token })
    expect(deleted.status).toBe(403)
    const gql = await api.graphql({ query: `mutation { updatePolicyVersion(id: ${published.id}, data: { versionLabel: "tampered" }) { id } }`, token })
    expect(gql.errors[0]?.message).toContain('cannot be changed')
    const after = (await api.rest({ path: `/api/policy-versions/${published.id}?depth=0`, token })).body as { versionLabel: string }
    expect(after.versionLabel).toBe(published.versionLabel)
  })
})
