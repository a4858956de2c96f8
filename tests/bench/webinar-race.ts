/**
 * Webinar registration under a race (issue #15): the production server process on a fresh SQLite file, one webinar
 * with BENCH_WEBINAR_SEATS seats (default 50), and BENCH_WEBINAR_PEOPLE (default 500) registration posts sent at the
 * same moment, each from its own address behind the proxy, with a no-JavaScript form stamp. Prints registrations per
 * second (all answered / wall time), the latency p50 and p99 of one registration, and checks the outcome (every answer
 * the 303 redirect, exactly the seats confirmed). Its own process: the bench's Payload shares the file with the
 * server only to create the webinar.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'

import pino from 'pino'

import { freePort } from '../support/free-port'
import { runServer } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

const people = Number(process.env.BENCH_WEBINAR_PEOPLE ?? '500')
const seats = Number(process.env.BENCH_WEBINAR_SEATS ?? '50')
const say = (line: string) => process.stdout.write(`${line}\n`)
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

const main = async () => {
  if (!Number.isInteger(people) || !Number.isInteger(seats) || people < 1 || seats < 1) throw new Error('BENCH_WEBINAR_PEOPLE and BENCH_WEBINAR_SEATS: whole numbers ≥ 1')
  const dataDir = tempDir({ prefix: 'bench-webinar' })
  const secret = crypto.randomBytes(32).toString('hex')
  Object.assign(process.env, { DATA_DIR: dataDir, PAYLOAD_SECRET: secret, SEED_DEMO: 'false', LOG_LEVEL: 'warn' })
  delete process.env.DATABASE_URL
  delete process.env.RESEND_API_KEY
  const { bootCms } = await import('../../server/boot-cms')
  const { closeCms } = await import('../../server/close-cms')
  const { createFormStamp } = await import('../../cms/contacts/form-stamp')
  const { payload } = await bootCms({ logger: pino({ level: 'silent' }), announce: () => undefined })
  const webinar = await payload.create({
    collection: 'webinars',
    data: { title: 'Bench', slug: 'bench', start: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(), durationMinutes: 60, language: 'nl', capacity: seats, joinUrl: 'https://meet.example.com/bench', status: 'scheduled', _status: 'published' },
    overrideAccess: true,
  })
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = runServer({ port, env: { DATA_DIR: dataDir, PAYLOAD_SECRET: secret, NODE_ENV: 'production', LOG_LEVEL: 'warn', JOBS_ENABLED: 'true', TRUST_PROXY: 'true', RATE_LIMIT_WRITES_PER_MINUTE: '100000', DATABASE_URL: undefined, PUBLIC_URL: undefined } })
  try {
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`${base}/readyz`).then((r) => r.status === 200, () => false)
      if (ready) break
      if (tries > 600) throw new Error(`server not ready:\n${server.output()}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    // Warm the page and its code paths once (a real form is fetched before it is posted).
    await fetch(`${base}/nl/webinars/bench`).then((r) => r.arrayBuffer())
    const bodies = Array.from({ length: people }, (_, i) =>
      new URLSearchParams({ name: `Bench ${i}`, email: `bench-${i}@example.com`, profession: 'coach', locale: 'nl', stamp: createFormStamp({ secret: payload.secret, now: new Date(Date.now() - 5_000) }) }),
    )
    const started = performance.now()
    const answers = await Promise.all(
      bodies.map(async (body, i) => {
        const t0 = performance.now()
        const res = await fetch(`${base}/nl/webinars/bench`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, 'x-forwarded-for': `10.${Math.floor(i / 250)}.${i % 250}.2` }, body })
        await res.arrayBuffer()
        return { status: res.status, ms: performance.now() - t0 }
      }),
    )
    const wallSeconds = (performance.now() - started) / 1000
    const latencies = answers.map((a) => a.ms).sort((a, b) => a - b)
    const statuses = answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {})
    const count = async (status: string) => (await payload.count({ collection: 'webinar-registrations', where: { and: [{ webinar: { equals: webinar.id } }, { status: { equals: status } }] }, overrideAccess: true })).totalDocs
    const [confirmed, waitlisted] = [await count('confirmed'), await count('waitlisted')]
    say(`webinar race: ${people} registrations at once for ${seats} seats in ${wallSeconds.toFixed(1)} s: ${(people / wallSeconds).toFixed(1)} registrations/s, p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms; answers ${JSON.stringify(statuses)}; ${confirmed} confirmed, ${waitlisted} waitlisted`)
    if (statuses[303] !== people || confirmed !== Math.min(seats, people) || waitlisted !== Math.max(0, people - seats)) {
      process.stderr.write('✖ webinar race: wrong outcome (see the line above)\n')
      process.exitCode = 1
    }
  } finally {
    server.child.kill('SIGTERM')
    await server.exited
    await closeCms({ payload })
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(`✖ webinar race bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
