import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { mailsTo } from '../support/mails-to'
import { rateLimitRows } from '../support/rate-limit-rows'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

// Two server processes on one SQLite file, as two instances behind a load balancer would run. What one of them
// remembers (a solved bot check, a used form stamp, a client's budgets) must hold in the other and after a restart.
const dataDir = tempDir({ prefix: 'memories' })
let cms: TestCms
let env: Record<string, string | undefined>
const servers: ServerProcess[] = []
const start = async () => {
  const server = await startServerProcess({ env })
  servers.push(server)
  return server
}
/** The two running processes: A and B. */
let live: [ServerProcess, ServerProcess]
/** Stops one of the two and starts a fresh process on the same file in its place: nothing it held in memory survives. */
const restart = async (which: 0 | 1) => {
  await live[which].stop()
  live[which] = await start()
  return live[which]
}

beforeAll(async () => {
  requireBuild()
  cms = await createTestCms({ dataDir, seed: true })
  env = {
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    JOBS_ENABLED: 'false',
    // Behind a proxy, so that each test is its own client (the proxy appends the address it saw).
    TRUST_PROXY: 'true',
    RATE_LIMIT_WRITES_PER_MINUTE: '1000',
    RATE_LIMIT_LOGINS_PER_5_MINUTES: '4',
    RATE_LIMIT_GRAPHQL_PER_MINUTE: '6',
  }
}, 120_000)
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')))
  await cms?.close()
})

let person = 0
const signUp = ({ server, client, proof }: { server: ServerProcess; client: string; proof: Record<string, string> }) =>
  fetch(`${server.url}/nl/newsletter`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, 'x-forwarded-for': client },
    body: new URLSearchParams({ email: `memory-${++person}@example.com`, lists: 'newsletter', consent: 'yes', locale: 'nl', ...proof }),
  })

const solvedAltcha = async (server: ServerProcess): Promise<string> => {
  const { solveChallenge } = await import('altcha-lib')
  const { deriveKey } = await import('altcha-lib/algorithms/pbkdf2')
  const challenge = await (await fetch(`${server.url}/newsletter/challenge`)).json()
  const solution = await solveChallenge({ challenge, deriveKey })
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

describe('what one server process remembers, every process and every restart remembers', () => {
  it('a solved ALTCHA challenge passes once: not again at the other process, nor after a restart', async () => {
    live = await Promise.all([start(), start()])
    const [a, b] = live
    const altcha = await solvedAltcha(a)
    // 303 to "check your inbox": accepted. 200 with the form again: no proof of a person.
    expect((await signUp({ server: a, client: '203.0.113.1', proof: { altcha } })).status).toBe(303)
    expect((await signUp({ server: b, client: '203.0.113.1', proof: { altcha } })).status).toBe(200)
    const restarted = await restart(0)
    expect((await signUp({ server: restarted, client: '203.0.113.1', proof: { altcha } })).status).toBe(200)
    // A fresh challenge still passes: the refusal is about the replay, not the client.
    expect((await signUp({ server: b, client: '203.0.113.1', proof: { altcha: await solvedAltcha(b) } })).status).toBe(303)
  }, 120_000)

  it('a form stamp (the no-JavaScript proof) passes once in every process', async () => {
    const [a, b] = live
    const stamp = createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) })
    expect((await signUp({ server: a, client: '203.0.113.2', proof: { stamp } })).status).toBe(303)
    expect((await signUp({ server: b, client: '203.0.113.2', proof: { stamp } })).status).toBe(200)
  })

  it("a client's sign-up budget is one budget for all processes, kept across a restart", async () => {
    const [a, b] = live
    const fresh = () => ({ stamp: createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) }) })
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await signUp({ server: i % 2 === 0 ? a : b, client: '203.0.113.3', proof: fresh() })).status)
    expect(statuses).toEqual(Array.from({ length: 10 }, () => 303))
    const refused = await signUp({ server: a, client: '203.0.113.3', proof: fresh() })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const restarted = await restart(1)
    expect((await signUp({ server: restarted, client: '203.0.113.3', proof: fresh() })).status).toBe(429)
    // Another client is not affected.
    expect((await signUp({ server: restarted, client: '203.0.113.4', proof: fresh() })).status).toBe(303)
  }, 120_000)

  it('sign-in and GraphQL budgets are shared by the processes and kept across a restart', async () => {
    const signIn = (server: ServerProcess) =>
      fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.5' },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password-123' }),
      })
    // A budget of 4: two at each process, then both refuse.
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await signIn(live[i % 2 === 0 ? 0 : 1])).status)
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429])
    expect((await signIn(await restart(0))).status).toBe(429)

    const query = (server: ServerProcess) =>
      fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.6' },
        body: JSON.stringify({ query: '{ Pages(limit: 1) { totalDocs } }' }),
      })
    const graphql: number[] = []
    for (let i = 0; i < 6; i++) graphql.push((await query(live[i % 2 === 0 ? 0 : 1])).status)
    expect(graphql).toEqual([200, 200, 200, 200, 200, 200])
    expect((await query(live[0])).status).toBe(429)
    expect((await query(await restart(1))).status).toBe(429)
  }, 120_000)

  it('one preference link per person per ten minutes, however many processes are asked', async () => {
    const address = 'memory-1@example.com' // signed up in the first test
    const ask = (server: ServerProcess) =>
      fetch(`${server.url}/nl/preferences`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, 'x-forwarded-for': '203.0.113.7' },
        body: new URLSearchParams({ action: 'request-link', email: address }),
      })
    expect((await ask(live[0])).status).toBe(200)
    expect((await ask(live[1])).status).toBe(200)
    expect((await ask(await restart(0))).status).toBe(200)
    const sent = await mailsTo({ payload: cms.payload, to: address, template: 'preference-center-link' })
    expect(sent).toHaveLength(1)
  }, 60_000)

  it('stores no client address: budget keys are keyed hashes', async () => {
    const rows = await rateLimitRows({ payload: cms.payload })
    expect(rows.length).toBeGreaterThan(5)
    for (const row of rows) expect(row.key).not.toMatch(/203\.0\.113|127\.0\.0\.1|memory-/)
  })
})
