/**
 * The CRM sync under load (issue #18), its own process:
 *
 * 1. Lead throughput: BENCH_CRM_LEADS people (default 250) with CRM consent, synced to the HubSpot stand-in (its
 *    own process) whose limit, like ours, is BENCH_CRM_RATE requests per 10 s (default 100, HubSpot's default for a
 *    private app). Each lead costs one subscription call plus its share of one upsert per 100: with a rolling window
 *    the last of those requests can start no earlier than ⌊(requests − 1) / rate⌋ × 10 s: the rate-limit floor. Prints the time taken and its ratio to
 *    the floor (target ≤ 1.1×), and checks every lead arrived exactly once.
 * 2. Form submits while the sync works: BENCH_CRM_SUBMITS posts (default 300, 10 at a time) of the demo contact form
 *    with the CRM box to the production server, HubSpot answering at once, then answering every request in 2 s.
 *    Prints both p99 and their ratio (target ≤ 1.1×): visitors must not wait for HubSpot.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'

import pino from 'pino'

import { payloadSecretOf } from '../fuzz/mint-links'
import { freePort } from '../support/free-port'
import { startHubSpotStandInProcess } from '../support/start-hubspot-stand-in-process'
import { runServer } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

// Issue #18 asks for 10,000; above a few hundred the lead-making step stalls on this machine (not understood yet,
// see the stop note), so the default stays where it finishes.
const leads = Number(process.env.BENCH_CRM_LEADS ?? '250')
const rate = Number(process.env.BENCH_CRM_RATE ?? '100')
const submits = Number(process.env.BENCH_CRM_SUBMITS ?? '300')
const say = (line: string) => process.stdout.write(`${line}\n`)
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

const leadThroughput = async () => {
  const dataDir = tempDir({ prefix: 'bench-crm' })
  Object.assign(process.env, { DATA_DIR: dataDir, PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'), SEED_DEMO: 'true', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' })
  delete process.env.DATABASE_URL
  delete process.env.HUBSPOT_ACCESS_TOKEN
  const hubspot = await startHubSpotStandInProcess({ env: { HUBSPOT_STAND_IN_TEN_SECONDLY_LIMIT: String(rate), HUBSPOT_STAND_IN_DAILY_LIMIT: '100000000' } })
  const { bootCms } = await import('../../server/boot-cms')
  const { closeCms } = await import('../../server/close-cms')
  const { ensureContact, ledgerPolicy, recordContactConsent } = await import('../../cms/contacts')
  const { runCrmSync } = await import('../../cms/crm')
  const { createHubSpotCrm } = await import('../../integrations/hubspot')
  const { payload } = await bootCms({ logger: pino({ level: 'silent' }), announce: () => undefined })
  try {
    const policy = (await ledgerPolicy({ payload, locale: 'nl' }))!
    const made = performance.now()
    const queue = Array.from({ length: leads }, (_, i) => i)
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const { contact } = await ensureContact({ payload, email: `bench.lead.${i}@example.com`, name: `Lead ${i}`, locale: 'nl', profession: 'coach', source: 'form' })
      await recordContactConsent({ payload, contact, input: { source: 'form', action: 'given', granted: ['crm'], refused: [], policy, wording: { id: 'bench', hash: 'bench' }, locale: 'nl', eventId: `bench-crm-${i}` } })
      if (i % 250 === 249) say(`crm bench: ${i + 1} leads made`)
    }
    say(`crm bench: ${leads} leads with CRM consent made in ${((performance.now() - made) / 1000).toFixed(1)} s`)
    const crm = createHubSpotCrm({ accessToken: hubspot.accessToken, basePath: hubspot.url, perTenSeconds: rate })
    const started = performance.now()
    let rounds = 0
    for (;;) {
      rounds++
      const round = await runCrmSync({ payload, crm, subscriptionId: '9000001', budgetMs: 3_600_000 })
      const left = (await payload.count({ collection: 'crm-syncs', where: { state: { equals: 'pending' } }, overrideAccess: true })).totalDocs
      if (left === 0 || round.state === 'off' || rounds > 1000) break
      // A 429 or a retry waits for its time: the next round comes when the recurring job would start it.
      await new Promise((r) => setTimeout(r, 1000))
    }
    const seconds = (performance.now() - started) / 1000
    const requests = leads + Math.ceil(leads / 100)
    // A rolling window lets the first `rate` requests go at once; request k may start only 10 s after request k − rate.
    const floor = Math.floor((requests - 1) / rate) * 10
    const state = await hubspot.state()
    const unique = new Set(state.contacts.map((c) => c.email)).size
    const rejected = (await hubspot.log()).filter((e) => e.status === 429).length
    say(`crm bench: ${leads} leads synced in ${seconds.toFixed(1)} s over ${rounds} round(s); floor at ${rate} requests/10 s: ${floor.toFixed(1)} s (${requests} requests); ratio ${(seconds / floor).toFixed(2)}x (target ≤ 1.10x); HubSpot holds ${state.contacts.length} contacts (${unique} addresses), 429s: ${rejected}`)
    if (state.contacts.length !== leads || unique !== leads) {
      process.stderr.write('✖ crm bench: not every lead arrived exactly once\n')
      process.exitCode = 1
    }
  } finally {
    await closeCms({ payload })
    await hubspot.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

const submitLatencies = async ({ slowMs }: { slowMs: number }) => {
  const dataDir = tempDir({ prefix: 'bench-crm-submit' })
  const secret = crypto.randomBytes(32).toString('hex')
  const hubspot = await startHubSpotStandInProcess()
  if (slowMs > 0) await hubspot.control('slow', { delayMs: slowMs })
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = runServer({
    port,
    env: { DATA_DIR: dataDir, PAYLOAD_SECRET: secret, SEED_DEMO: 'true', SEED_ADMIN_EMAIL: 'bench@example.com', SEED_ADMIN_PASSWORD: 'bench-password-0123456789', LOG_LEVEL: 'warn', JOBS_ENABLED: 'true', TRUST_PROXY: 'true', RATE_LIMIT_WRITES_PER_MINUTE: '100000', HUBSPOT_ACCESS_TOKEN: hubspot.accessToken, HUBSPOT_BASE_URL: hubspot.url, HUBSPOT_SUBSCRIPTION_ID: '9000001', HUBSPOT_SYNC_EVERY_SECONDS: '10', DATABASE_URL: undefined, PUBLIC_URL: undefined },
  })
  try {
    for (let tries = 0; ; tries++) {
      if (await fetch(`${base}/readyz`).then((r) => r.status === 200, () => false)) break
      if (tries > 1200) throw new Error(`server not ready:\n${server.output()}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    const login = (await (await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password-0123456789' }) })).json()) as { token: string }
    const forms = (await (await fetch(`${base}/api/forms?where[purpose][equals]=contact&limit=1&depth=0`, { headers: { authorization: `JWT ${login.token}` } })).json()) as { docs: { id: number }[] }
    const formId = forms.docs[0]!.id
    const { createFormStamp } = await import('../../cms/contacts/form-stamp')
    const stampSecret = payloadSecretOf({ payloadSecret: secret })
    const post = async (i: number) => {
      const t = performance.now()
      const res = await fetch(`${base}/nl/forms/${formId}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
        body: new URLSearchParams({ email: `bench.submit.${i}@example.com`, name: 'Bench', question: 'Werkt dit?', crm: 'yes', stamp: createFormStamp({ secret: stampSecret, now: new Date(Date.now() - 5_000) }) }),
      })
      await res.arrayBuffer()
      if (res.status !== 303) throw new Error(`form post answered ${res.status}`)
      return performance.now() - t
    }
    for (let i = 0; i < 20; i++) await post(1_000_000 + i) // warm-up
    const latencies: number[] = []
    const queue = Array.from({ length: submits }, (_, i) => i)
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) latencies.push(await post(i))
      }),
    )
    const upserts = (await hubspot.log()).filter((e) => e.path.endsWith('/batch/upsert')).length
    latencies.sort((a, b) => a - b)
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), upserts }
  } finally {
    server.child.kill('SIGTERM')
    await server.exited
    await hubspot.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

const main = async () => {
  if (![leads, rate, submits].every((v) => Number.isInteger(v) && v >= 0) || rate < 1) throw new Error('BENCH_CRM_LEADS, BENCH_CRM_SUBMITS: whole numbers ≥ 0; BENCH_CRM_RATE ≥ 1')
  if (leads > 0) await leadThroughput()
  if (submits > 0) {
    const instant = await submitLatencies({ slowMs: 0 })
    const slow = await submitLatencies({ slowMs: 2000 })
    say(`crm bench: form submit with the CRM box, ${submits} posts 10 at a time while the sync runs: HubSpot instant p50 ${instant.p50.toFixed(0)} ms p99 ${instant.p99.toFixed(0)} ms (${instant.upserts} upserts); HubSpot answering in 2 s p50 ${slow.p50.toFixed(0)} ms p99 ${slow.p99.toFixed(0)} ms (${slow.upserts} upserts); p99 ratio ${(slow.p99 / instant.p99).toFixed(2)}x (target ≤ 1.10x)`)
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(`✖ crm bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
