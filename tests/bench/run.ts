/**
 * `npm run bench`: the production server under load on loopback. A page Astro renders from Payload (/nl/) against a
 * static file the same process serves (/favicon.svg), at each concurrency level, plus cold start and idle memory.
 * Load generator and server share the machine's cores, so compare figures from the same machine only.
 *
 * Then the 100,000-subscriber campaign against the Resend stand-in (tests/bench/campaign-send.ts, its own process so
 * its memory is its own).
 *
 * Then the webinar seat race (tests/bench/webinar-race.ts, its own process): registrations per second and their p99
 * when 500 people post one webinar's form at once.
 *
 * Then the CRM sync (tests/bench/crm-sync.ts, its own process): leads synced to the HubSpot stand-in against the
 * rate-limit floor, and the form submit p99 with HubSpot instant and answering in 2 s.
 *
 * Last, sign-up and campaign-send throughput with personal data encrypted (tests/bench/personal-data-throughput.ts);
 * with BENCH_BASELINE_REF (e.g. 86cbc59, the last commit before encryption) the same file also runs in a temporary
 * checkout of that commit, alternately, and the ratio is printed (issue #14: within 10 %).
 *
 * BENCH_DURATION (seconds per scenario, default 10), BENCH_CONNECTIONS (comma-separated, default "20,50"),
 * BENCH_CAMPAIGN_RECIPIENTS (default 100000; 0 skips the campaign bench), BENCH_WEBINAR_PEOPLE (default 500; 0 skips
 * the webinar race) and BENCH_WEBINAR_SEATS (default 50), BENCH_THROUGHPUT_PEOPLE (default 1000; 0 skips the throughput
 * bench), BENCH_BASELINE_REF (unset: no comparison), BENCH_CRM_LEADS (default 250; 0 skips), BENCH_CRM_RATE (HubSpot
 * requests per 10 s, default 100) and BENCH_CRM_SUBMITS (default 300; 0 skips).
 */
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

import autocannon, { type Instance } from 'autocannon'

import { compareThroughput } from './compare-throughput'
import { startBenchServer, type BenchServer } from './production-server'

type Target = { name: 'cms' | 'static'; path: string }
type Measured = {
  target: Target
  connections: number
  reqPerSec: number
  p99Ms: number
  non2xx: number
  errors: number
  /** Count per non-2xx status ("429": 12), so a failed run says what went wrong. */
  refusals: Record<string, number>
}

const targets: Target[] = [
  { name: 'cms', path: '/nl/' },
  { name: 'static', path: '/favicon.svg' },
]

const readSettings = ({ env }: { env: NodeJS.ProcessEnv }) => {
  const duration = Number(env.BENCH_DURATION ?? '10')
  const connections = (env.BENCH_CONNECTIONS ?? '20,50').split(',').map((c) => Number(c.trim()))
  if (!Number.isFinite(duration) || duration <= 0) throw new Error(`BENCH_DURATION: seconds > 0, got "${env.BENCH_DURATION}"`)
  if (connections.some((c) => !Number.isInteger(c) || c < 1)) {
    throw new Error(`BENCH_CONNECTIONS: whole numbers separated by commas, e.g. 20,50 — got "${env.BENCH_CONNECTIONS}"`)
  }
  return { duration, connections }
}

let running: Instance | undefined

const load = async ({ url, connections, duration }: { url: string; connections: number; duration: number }) => {
  const refusals: Record<string, number> = {}
  running = autocannon({ url, connections, duration, timeout: 10 }).on('response', (_client, status) => {
    if (status < 200 || status > 299) refusals[status] = (refusals[status] ?? 0) + 1
  })
  try {
    return { result: await running, refusals }
  } finally {
    running = undefined
  }
}

const measure = async ({ base, target, connections, duration }: { base: string; target: Target; connections: number; duration: number }): Promise<Measured> => {
  const { result, refusals } = await load({ url: `${base}${target.path}`, connections, duration })
  return {
    target,
    connections,
    reqPerSec: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    refusals,
  }
}

/** Both targets must answer 200 before anything is measured: a fast 404 or 500 would flatter the figures. */
const assertTargetsOk = async ({ base }: { base: string }) => {
  for (const target of targets) {
    const res = await fetch(`${base}${target.path}`)
    const body = await res.text()
    if (res.status !== 200) throw new Error(`${target.path} answered ${res.status}, not 200:\n${body.slice(0, 500)}`)
    if (target.name === 'cms' && !body.includes('<html lang="nl"')) throw new Error(`${target.path} is not the Dutch home page`)
  }
}

const pad = (value: string | number, width: number) => String(value).padStart(width)
const mb = (value: number | undefined) => (value === undefined ? 'n/a' : `${value} MB`)

const header = `${'scenario'.padEnd(20)}${pad('conns', 6)}${pad('req/s', 9)}${pad('p99 ms', 8)}${pad('non-2xx', 9)}${pad('errors', 8)}`
const row = (m: Measured) => {
  const statuses = Object.entries(m.refusals).map(([status, count]) => `${status}×${count}`)
  const line = `${`${m.target.name.padEnd(7)}${m.target.path}`.padEnd(20)}${pad(m.connections, 6)}${pad(m.reqPerSec, 9)}${pad(m.p99Ms, 8)}${pad(m.non2xx, 9)}${pad(m.errors, 8)}`
  return statuses.length > 0 ? `${line}  (${statuses.join(', ')})` : line
}

const ratioLine = ({ cms, file }: { cms: Measured; file: Measured }) =>
  `ratio cms/static @${cms.connections}: ${(cms.reqPerSec / file.reqPerSec).toFixed(2)}x ` +
  `(cms ${cms.reqPerSec} req/s p99 ${cms.p99Ms} ms; static ${file.reqPerSec} req/s p99 ${file.p99Ms} ms)`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const main = async () => {
  const { duration, connections } = readSettings({ env: process.env })
  const say = (line: string) => process.stdout.write(`${line}\n`)
  say(`bench: production server, ${duration} s per scenario, connections ${connections.join(',')} (node ${process.version}, ${os.cpus().length} cpus, load generator on the same machine)`)
  // Other work on the machine skews every figure: print the load so a bad run can be recognised as one.
  const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ')
  say(`load average before: ${loadAverage()}`)

  let server: BenchServer | undefined
  let interrupted = false
  // Ctrl-C or a CI timeout: stop the load, then the server, then leave (a cut-short scenario is not reported).
  const interrupt = (signal: NodeJS.Signals) => {
    interrupted = true
    running?.stop()
    void (server?.stop({ graceMs: 5000 }) ?? Promise.resolve()).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  }
  process.once('SIGINT', interrupt)
  process.once('SIGTERM', interrupt)

  try {
    server = await startBenchServer()
    const { base } = server
    say(`cold start: listening after ${(server.coldStart.listeningMs / 1000).toFixed(2)} s, first 200 on /nl/ after ${(server.coldStart.firstPageMs / 1000).toFixed(2)} s`)
    await assertTargetsOk({ base })

    // Warm-up: JIT, Astro's and Payload's first-use caches, SQLite page cache. Then let it idle before reading RSS.
    const warmUp = Math.min(3, duration)
    for (const target of targets) await load({ url: `${base}${target.path}`, connections: 10, duration: warmUp })
    await sleep(2000)
    say(`rss after warm-up, idle: ${mb(server.rssMb())}`)

    say(header)
    const results: Measured[] = []
    for (const c of connections) {
      for (const target of targets) {
        const measured = await measure({ base, target, connections: c, duration })
        if (interrupted) return
        results.push(measured)
        say(row(measured))
        await sleep(1000) // let sockets in TIME_WAIT and the last GC settle between scenarios
      }
    }
    say(`peak rss: ${mb(server.peakRssMb())}; load average after: ${loadAverage()}`)
    const stopped = await server.stop()
    say(`server stopped on SIGTERM: exit ${stopped.code} after ${stopped.ms} ms`)

    for (const c of connections) {
      const cms = results.find((r) => r.connections === c && r.target.name === 'cms')
      const file = results.find((r) => r.connections === c && r.target.name === 'static')
      if (cms && file) say(ratioLine({ cms, file }))
    }
    const failed = results.filter((r) => r.non2xx > 0 || r.errors > 0)
    if (failed.length > 0 || stopped.code !== 0) {
      process.stderr.write(`✖ bench: ${failed.length} scenario(s) had non-2xx answers or errors; server exit ${stopped.code}\n`)
      process.exitCode = 1
    }
  } finally {
    await server?.stop({ graceMs: 5000 })
  }
  if (interrupted) return
  if (process.env.BENCH_CAMPAIGN_RECIPIENTS !== '0') {
    const campaign = spawnSync(path.join('node_modules', '.bin', 'node'), ['--import', 'tsx', 'tests/bench/campaign-send.ts'], { stdio: 'inherit', env: process.env })
    if (campaign.status !== 0) process.exitCode = 1
  }
  if (process.env.BENCH_WEBINAR_PEOPLE !== '0') {
    const race = spawnSync(path.join('node_modules', '.bin', 'node'), ['--import', 'tsx', 'tests/bench/webinar-race.ts'], { stdio: 'inherit', env: process.env })
    if (race.status !== 0) process.exitCode = 1
  }
  if (process.env.BENCH_CRM_LEADS !== '0' || process.env.BENCH_CRM_SUBMITS !== '0') {
    const crm = spawnSync(path.join('node_modules', '.bin', 'node'), ['--import', 'tsx', 'tests/bench/crm-sync.ts'], { stdio: 'inherit', env: process.env })
    if (crm.status !== 0) process.exitCode = 1
  }
  if (process.env.BENCH_THROUGHPUT_PEOPLE === '0') return
  if (!compareThroughput({ baselineRef: process.env.BENCH_BASELINE_REF, say: (line) => process.stdout.write(`${line}\n`) })) process.exitCode = 1
}

main().catch((error: unknown) => {
  process.stderr.write(`✖ bench failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
