/**
 * GraphQL cannot freeze the process (security issue: 200 aliases of `Pages(limit: 100)` took 10 s, and /healthz
 * waited too). Against a production server process: costly operations are refused before they run (aliases, root
 * fields, depth, requested documents, fragment expansion), ordinary ones still answer, /api/graphql has its own rate
 * budget, and every sign-in mutation in a GraphQL body counts against the sign-in budget, aliases included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

type Answer = { status: number; ms: number; body: { data?: Record<string, unknown> | null; errors?: { message: string }[] } }

let server: ServerProcess

beforeAll(async () => {
  requireBuild()
  // A generous GraphQL budget (the budget itself is tested on its own server below) and a small sign-in budget.
  server = await startServerProcess({
    env: { DATA_DIR: tempDir({ prefix: 'gql' }), SEED_DEMO: 'true', JOBS_ENABLED: 'false', RATE_LIMIT_GRAPHQL_PER_MINUTE: '10000', RATE_LIMIT_LOGINS_PER_5_MINUTES: '5' },
  })
  // Payload builds its GraphQL schema on the first request: not what these timings measure.
  await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Pages(limit: 1) { totalDocs } }' }) })
})
afterAll(async () => {
  await server?.stop('SIGKILL')
})

/** POSTs one operation; `strict` asks for application/graphql-response+json, where refusals are a 400. */
const post = async ({ url = server.url, query, variables, strict = false }: { url?: string; query: string; variables?: Record<string, unknown>; strict?: boolean }): Promise<Answer> => {
  const started = performance.now()
  const res = await fetch(`${url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(strict ? { accept: 'application/graphql-response+json' } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  const text = await res.text()
  const body = (text.startsWith('{') ? JSON.parse(text) : {}) as Answer['body']
  return { status: res.status, ms: performance.now() - started, body }
}

const messages = (answer: Answer) => (answer.body.errors ?? []).map((e) => e.message).join(' | ')
const aliasedPages = ({ count, limit }: { count: number; limit: number }) =>
  `{ ${Array.from({ length: count }, (_, i) => `p${i}: Pages(limit: ${limit}) { docs { id title } }`).join(' ')} }`

describe('GraphQL limits per request', () => {
  it('refuses 200 aliases of Pages(limit: 100) at once, before anything runs', async () => {
    const answer = await post({ query: aliasedPages({ count: 200, limit: 100 }), strict: true })
    expect(answer.status).toBe(400)
    expect(answer.body.data ?? null).toBeNull()
    expect(messages(answer)).toMatch(/too many root fields/i)
    expect(messages(answer)).toMatch(/too many aliases/i)
    expect(answer.ms).toBeLessThan(1000)
  })

  it('keeps /healthz quick while such requests keep coming', async () => {
    const flood = Array.from({ length: 8 }, () => post({ query: aliasedPages({ count: 200, limit: 100 }) }))
    const started = performance.now()
    const health = await fetch(`${server.url}/healthz`)
    const healthMs = performance.now() - started
    const answers = await Promise.all(flood)
    expect(health.status).toBe(200)
    expect(healthMs).toBeLessThan(1000)
    for (const answer of answers) expect(answer.body.data ?? null).toBeNull()
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(2000)
  })

  it('refuses queries nested too deep', async () => {
    const deep = `{ Pages { docs { ${'a { '.repeat(10)}id${' }'.repeat(10)} } } }`
    const answer = await post({ query: deep, strict: true })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toMatch(/too deep: 13 levels \(at most 8\)/i)
  })

  it('refuses queries asking for too many documents, however the limits are written', async () => {
    const cases = [
      { query: aliasedPages({ count: 11, limit: 100 }) },
      { query: '{ Pages(limit: 5000) { docs { id } } }' },
      { query: '{ Pages(limit: 0) { docs { id } } }' },
      { query: 'query Many($n: Int) { Pages(limit: $n) { docs { id } } }', variables: { n: 2000 } },
    ]
    for (const { query, variables } of cases) {
      const answer = await post({ query, variables, strict: true })
      expect(answer.status, query).toBe(400)
      expect(messages(answer), query).toMatch(/too many documents/i)
    }
  })

  it('refuses fragments that expand exponentially, quickly (before Payload walks them)', async () => {
    const levels = 20
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Page { ${i + 1 < levels ? `...F${i + 1} x${i}: title ...F${i + 1}` : 'id'} }`)
    const answer = await post({ query: `{ Pages(limit: 1) { docs { ...F0 } } } ${fragments.join(' ')}`, strict: true })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toMatch(/too complex: it expands to more than 5000 fields/i)
    expect(answer.ms).toBeLessThan(1000)
  })

  it('still answers ordinary queries (one list of up to 1000, a few aliases, fragments, variables)', async () => {
    const answer = await post({
      query: 'query Two($n: Int) { first: Pages(limit: $n) { docs { ...Fields } } all: Pages(limit: 990) { totalDocs } } fragment Fields on Page { id title slug }',
      variables: { n: 5 },
    })
    expect(answer.status, messages(answer)).toBe(200)
    expect(answer.body.errors ?? []).toEqual([])
    const first = answer.body.data?.first as { docs: { title: string }[] }
    expect(first.docs.length).toBeGreaterThan(0)
  })
})

describe('GraphQL sign-in mutations', () => {
  const loginFields = (count: number) =>
    Array.from({ length: count }, (_, i) => `l${i}: loginUser(email: "nobody${i}@example.com", password: "wrong-password-123") { token }`).join(' ')

  it('count once per field against the sign-in budget, and then REST sign-ins are refused too', async () => {
    const first = await post({ query: `mutation { ${loginFields(3)} }` })
    expect(first.status).toBe(200)
    expect(messages(first)).not.toMatch(/too many requests/i)
    // 3 + 3 > 5: refused whole, with Retry-After, before Payload sees it.
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation Again { ...Logins } fragment Logins on Mutation { ${loginFields(3)} }` }),
    })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    const rest = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password-123' }),
    })
    expect(rest.status).toBe(429)
  })
})

describe('the GraphQL rate budget', () => {
  it('answers 429 with Retry-After once a client used its GraphQL budget (GET and POST alike)', async () => {
    const limited = await startServerProcess({ env: { DATA_DIR: tempDir({ prefix: 'gql-rate' }), JOBS_ENABLED: 'false', RATE_LIMIT_GRAPHQL_PER_MINUTE: '4' } })
    try {
      const get = () => fetch(`${limited.url}/api/graphql?query=${encodeURIComponent('{ Pages(limit: 1) { totalDocs } }')}`)
      // Payload answers GET with 405 (it serves GraphQL over POST only); GET still spends the budget.
      const statuses = [(await get()).status, (await get()).status, (await post({ url: limited.url, query: '{ Pages(limit: 1) { totalDocs } }' })).status]
      statuses.push((await get()).status)
      expect(statuses).toEqual([405, 405, 200, 405])
      const blocked = await get()
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await post({ url: limited.url, query: '{ Pages(limit: 1) { totalDocs } }' })).status).toBe(429)
      // The rest of the site is not on this budget.
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200)
      expect((await fetch(`${limited.url}/api/pages?limit=1`)).status).toBe(200)
    } finally {
      await limited.stop('SIGKILL')
    }
  })
})
