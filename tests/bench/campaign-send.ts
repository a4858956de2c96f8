/**
 * The 100,000-subscriber campaign: a real Payload on a fresh SQLite file (in this process, with the job runner),
 * the real Resend SDK against the stand-in limited to 5 requests/s, running in a process of its own (as Resend is
 * elsewhere: in this process its clock would stall whenever the sender renders, and count arrivals late). 1,000 batches of 100 at 5 requests/s cannot
 * take less than 200 s (the floor); the target is within 1.05× of it, with memory flat (RSS and heap sampled every
 * second while sending).
 *
 * BENCH_CAMPAIGN_RECIPIENTS (default 100000) scales it down for a quick look.
 */
import crypto from 'node:crypto'
import path from 'node:path'

import { spawn } from 'node:child_process'
import readline from 'node:readline'

import { sql } from '@payloadcms/db-sqlite'
import pino from 'pino'

import { bootBenchCms } from './boot-bench-cms'

const recipients = Number(process.env.BENCH_CAMPAIGN_RECIPIENTS ?? '100000')
if (!Number.isInteger(recipients) || recipients < 100) throw new Error('BENCH_CAMPAIGN_RECIPIENTS: a whole number ≥ 100')
const perSecond = 5
const batch = 100
const floorSeconds = Math.ceil(recipients / batch) / perSecond
const say = (line: string) => process.stdout.write(`${line}\n`)
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

type Db = { run: (q: unknown) => Promise<unknown> }

type Report = { accepted: number; distinct: number; counters: { requests: number; rateLimited: number } }

/** The stand-in's process: its address, and its count of what it accepted. */
const startStandIn = async () => {
  const child = spawn(path.join('node_modules', '.bin', 'node'), ['--import', 'tsx', 'tests/stand-ins/serve-resend-stand-in.ts'], {
    env: { ...process.env, RESEND_STAND_IN_RPS: String(perSecond) },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = readline.createInterface({ input: child.stdout })
  const next = () => new Promise<string>((resolve) => lines.once('line', resolve))
  const { url, apiKey } = JSON.parse(await next()) as { url: string; apiKey: string }
  return {
    url,
    apiKey,
    report: async (): Promise<Report> => {
      const answer = next()
      child.stdin.write('report\n')
      return JSON.parse(await answer) as Report
    },
    close: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.stdin.end()
    }),
  }
}

const main = async () => {
  const standIn = await startStandIn()
  const { payload, close } = await bootBenchCms({ prefix: 'campaign', resend: standIn, maxRequestsPerSecond: perSecond })
  const { startJobRunner } = await import('../../server/start-job-runner')
  const { startCampaign } = await import('../../cms/campaigns/start-campaign')
  const { encryptValue } = await import('../../cms/encryption/encrypt-value')
  const { lookupHash } = await import('../../cms/encryption/lookup-hashes')
  const { keyringOf } = await import('../../cms/encryption/keyring-of')
  const keyring = keyringOf(payload)

  say(`campaign bench: ${recipients.toLocaleString('en')} subscribers, stand-in at ${perSecond} requests/s, ${batch} per batch: floor ${floorSeconds} s`)
  const list = await payload.create({ collection: 'newsletter-lists', data: { key: 'bench', name: 'Bench', visibility: 'public' }, overrideAccess: true })
  // The audience is fixture data: written straight into the tables (Payload's create would take minutes here).
  const db = (payload.db as unknown as { drizzle: Db }).drizzle
  const started = Date.now()
  const now = new Date().toISOString()
  for (let from = 0; from < recipients; from += 1000) {
    const ids = Array.from({ length: Math.min(1000, recipients - from) }, (_, i) => from + i + 1)
    const locales = ['nl', 'fr', 'en']
    // Stored as Payload stores them: address and name encrypted, the address's lookup hash beside it.
    const row = (id: number) => {
      const email = `reader${id}@example.com`
      const sealed = (plaintext: string, field: string) => encryptValue({ keyring, plaintext, context: `contacts.${field}` })
      return `(${id}, '${sealed(email, 'email')}', '${lookupHash({ key: keyring.current, value: email, namespace: 'email' })}', '${sealed(`Reader ${id}`, 'name')}', '${locales[id % 3]}', 'active', 'import', 0, '${now}', '${now}')`
    }
    await db.run(sql.raw(`INSERT INTO contacts (id, email, email_hash, name, locale, status, source, tracking, updated_at, created_at) VALUES ${ids.map(row).join(',')}`))
    await db.run(sql.raw(`INSERT INTO contacts_subscriptions (_order, _parent_id, id, list_id, status, changed_at) VALUES ${ids.map((id) => `(1, ${id}, '${crypto.randomBytes(12).toString('hex')}', ${list.id}, 'confirmed', '${now}')`).join(',')}`))
  }
  say(`audience written in ${((Date.now() - started) / 1000).toFixed(1)} s`)

  const campaign = await payload.create({ collection: 'campaigns', data: { name: 'Bench', lists: [list.id], languages: ['nl', 'fr', 'en'], status: 'draft' }, overrideAccess: true })
  for (const locale of ['nl', 'fr', 'en'] as const) {
    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      locale,
      overrideAccess: true,
      data: {
        subject: `Webinar (${locale})`,
        content: [
          { blockType: 'heading', text: 'Online consultaties zonder gedoe' },
          { blockType: 'paragraph', text: 'In dit gratis webinar van 30 minuten tonen we hoe je een eerste videoconsultatie plant. '.repeat(4) },
          { blockType: 'button', label: 'Schrijf je in', url: `https://www.myplugin.test/${locale}/webinars` },
        ],
      },
    })
  }

  const runner = startJobRunner({ payload, workerId: 'bench', pollMs: 50, leaseMs: 300_000, logger: pino({ level: 'silent' }) })
  const samples: { rss: number; heap: number }[] = []
  const sampler = setInterval(() => {
    const m = process.memoryUsage()
    samples.push({ rss: m.rss, heap: m.heapUsed })
  }, 1000)
  const t0 = Date.now()
  await startCampaign({ payload, campaignId: campaign.id })
  for (;;) {
    const doc = await payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0, overrideAccess: true, select: { status: true } })
    if (doc.status === 'sent') break
    if (doc.status !== 'sending') throw new Error(`campaign ${doc.status}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  const seconds = (Date.now() - t0) / 1000
  clearInterval(sampler)
  const report = await standIn.report()
  const accepted = report.accepted
  const unique = report.distinct
  const counters = report.counters
  const steady = samples.slice(Math.floor(samples.length / 10))
  const first = steady.slice(0, 10)
  const last = steady.slice(-10)
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
  say(`sent ${accepted.toLocaleString('en')} mails (${unique.toLocaleString('en')} distinct recipients) in ${counters.requests} requests, ${counters.rateLimited} answered 429`)
  say(`time: ${seconds.toFixed(1)} s for a ${floorSeconds} s floor: ${(seconds / floorSeconds).toFixed(3)}× the floor (target ≤ 1.05×)`)
  say(
    `memory while sending: rss ${mb(avg(first.map((s) => s.rss)))} → ${mb(avg(last.map((s) => s.rss)))} MB (peak ${mb(Math.max(...samples.map((s) => s.rss)))} MB), ` +
      `heap ${mb(avg(first.map((s) => s.heap)))} → ${mb(avg(last.map((s) => s.heap)))} MB`,
  )
  await runner.stop({ timeoutMs: 10_000 })
  await close()
  await standIn.close()
  const ok = accepted === recipients && unique === recipients && seconds / floorSeconds <= 1.05
  if (!ok) {
    process.stderr.write(`✖ campaign bench: ${accepted !== recipients || unique !== recipients ? 'not every recipient exactly once' : 'slower than 1.05× the floor'}\n`)
    process.exitCode = 1
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`✖ campaign bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
