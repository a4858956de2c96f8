/**
 * What encrypting personal data costs where people enter and leave in bulk: newsletter sign-ups (a contact, a ledger
 * record and a queued mail each, all with encrypted fields and lookup hashes) and a campaign send to the same people
 * (each batch reads, decrypts and personalises 100 contacts), the provider stand-in unthrottled so the sender is the
 * bottleneck. A real Payload on a fresh SQLite file, in this process.
 *
 * It is written against APIs that existed before encryption too, so run.ts can run this same file in a checkout of
 * an earlier commit (BENCH_BASELINE_REF) and print the ratio. Prints one JSON line last: { signUpsPerSecond, … }.
 *
 * BENCH_THROUGHPUT_PEOPLE (default 1000).
 */
import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import pino from 'pino'

import { bootBenchCms } from './boot-bench-cms'

type Db = { run: (q: unknown) => Promise<unknown> }

const people = Number(process.env.BENCH_THROUGHPUT_PEOPLE ?? '1000')
if (!Number.isInteger(people) || people < 100) throw new Error('BENCH_THROUGHPUT_PEOPLE: a whole number ≥ 100')
const campaignRounds = 10
const say = (line: string) => process.stderr.write(`${line}\n`)

const main = async () => {
  const { startResendStandIn } = await import('../stand-ins/resend-stand-in')
  const standIn = await startResendStandIn({ requestsPerSecond: 10_000 })
  const { payload, close } = await bootBenchCms({ prefix: 'throughput', resend: standIn, maxRequestsPerSecond: 1000 })
  const { startJobRunner } = await import('../../server/start-job-runner')
  const { handleSignUp } = await import('../../cms/contacts/handle-sign-up')
  const { createFormStamp } = await import('../../cms/contacts/form-stamp')
  const db = (payload.db as unknown as { drizzle: Db }).drizzle
  const list = await payload.create({ collection: 'newsletter-lists', data: { key: 'newsletter', name: 'Newsletter', visibility: 'public' }, overrideAccess: true })

  // Sign-ups, as the form sends them (a stamp old enough to pass, one client each so no budget stops them).
  const signUpStart = performance.now()
  for (let i = 0; i < people; i++) {
    const form = { email: `person${i}@example.com`, name: `Person ${i} Lastname`, lists: ['newsletter'], consent: 'yes', locale: 'nl', stamp: createFormStamp({ secret: payload.secret, now: new Date(Date.now() - 5_000) }) }
    const result = await handleSignUp({ payload, form, pageLocale: 'nl', clientKey: `bench-${i}` })
    if (result.result !== 'accepted') throw new Error(`sign-up ${i}: ${JSON.stringify(result)}`)
  }
  const signUpSeconds = (performance.now() - signUpStart) / 1000

  // Everyone confirmed (status columns are never encrypted), and the opt-in mails forgotten: the campaign alone runs.
  await db.run(sql`UPDATE contacts_subscriptions SET status = 'confirmed'`)
  await db.run(sql`UPDATE contacts SET status = 'active'`)
  await db.run(sql`DELETE FROM payload_jobs`)
  // Ten campaigns one after the other: one alone is over too fast to time well.
  const runner = startJobRunner({ payload, workerId: 'bench', pollMs: 20, leaseMs: 300_000, logger: pino({ level: 'silent' }) })
  let sendSeconds = 0
  for (let round = 0; round < campaignRounds; round++) sendSeconds += await sendCampaign({ payload, listId: list.id, round })
  const sent = standIn.accepted.filter((m) => m.tags.campaign !== undefined).length
  if (sent !== people * campaignRounds) throw new Error(`the campaigns reached ${sent} of ${people * campaignRounds}`)
  await runner.stop({ timeoutMs: 10_000 })
  await close()
  await standIn.close()

  const encrypted = fs.existsSync(path.resolve('cms/encryption'))
  say(`throughput (${encrypted ? 'personal data encrypted' : 'personal data in clear'}): ${people} sign-ups in ${signUpSeconds.toFixed(1)} s, ${campaignRounds} campaigns to them in ${sendSeconds.toFixed(1)} s`)
  process.stdout.write(`${JSON.stringify({ encrypted, people, signUpsPerSecond: people / signUpSeconds, campaignRecipientsPerSecond: (people * campaignRounds) / sendSeconds })}\n`)
}

/** One campaign to the list, from the click to "sent": seconds. */
const sendCampaign = async ({ payload, listId, round }: { payload: Payload; listId: number | string; round: number }): Promise<number> => {
  const { startCampaign } = await import('../../cms/campaigns/start-campaign')
  const campaign = await payload.create({ collection: 'campaigns', data: { name: `Throughput ${round}`, lists: [listId as number], languages: ['nl'], status: 'draft' }, overrideAccess: true })
  await payload.update({
    collection: 'campaigns',
    id: campaign.id,
    locale: 'nl',
    overrideAccess: true,
    data: {
      subject: 'Webinar',
      content: [
        { blockType: 'heading', text: 'Online consultaties zonder gedoe' },
        { blockType: 'paragraph', text: 'In dit gratis webinar van 30 minuten tonen we hoe je een eerste videoconsultatie plant. '.repeat(4) },
        { blockType: 'button', label: 'Schrijf je in', url: 'https://www.myplugin.test/nl/webinars' },
      ],
    },
  })
  const sendStart = performance.now()
  await startCampaign({ payload, campaignId: campaign.id })
  for (;;) {
    const doc = await payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0, overrideAccess: true, select: { status: true } })
    if (doc.status === 'sent') break
    if (doc.status !== 'sending') throw new Error(`campaign ${doc.status}`)
    await new Promise((r) => setTimeout(r, 20))
  }
  return (performance.now() - sendStart) / 1000
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`✖ throughput bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
