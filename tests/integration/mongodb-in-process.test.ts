import { congodb } from '@push.rocks/smartmongo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { claimOnce } from '../../cms/database/claim-once'
import { sharedBudget } from '../../cms/database/shared-budget'
import { claimJobs } from '../../cms/jobs/claim-jobs'
import { textToLexical } from '../../cms/policy/text-to-lexical'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { storedMailInput } from '../support/stored-mail-input'
import { freePort } from '../support/free-port'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'

/*
 * The MongoDB path on every `npm test`, without a MongoDB server: CongoDB (@push.rocks/smartmongo) speaks the wire
 * protocol in this process on top of an in-memory store. It ignores unique indexes and transactions, so this is a
 * smoke run of the adapter and our raw statements (leases, budgets), not the whole suite: that runs against a real
 * server when MONGODB_TEST_URL is set (vitest.config.ts, project "mongodb").
 */
let mongo: congodb.CongoServer
let cms: TestCms
let server: ServerProcess | undefined
let databaseUrl: string

beforeAll(async () => {
  requireBuild()
  const port = await freePort()
  mongo = new congodb.CongoServer({ port, host: '127.0.0.1' })
  await mongo.start()
  databaseUrl = `mongodb://127.0.0.1:${port}/myplugin_smoke`
  cms = await createTestCms({ seed: true, databaseUrl })
})
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
  await mongo?.stop()
})

describe('the CMS on an in-process MongoDB-wire server', () => {
  it('boots through the MongoDB adapter: Mongo migrations applied, demo content seeded, ids are ObjectIds', async () => {
    expect(cms.payload.db.name).toBe('mongoose')
    // A second run finds nothing left to apply: boot ran the Mongo migrations folder to completion.
    await cms.payload.db.migrate({ migrations: [] })
    const pages = await cms.payload.find({ collection: 'pages', depth: 0, limit: 100 })
    expect(pages.totalDocs).toBeGreaterThan(0)
    expect(String(pages.docs[0]?.id)).toMatch(/^[0-9a-f]{24}$/)
    expect((await cms.payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })

  // Contacts are left out: their activity timeline is a join field, whose $lookup/$slice CongoDB's query engine
  // cannot evaluate. A real server runs them (the MongoDB project).
  it('creates, reads, updates and deletes a localised document', async () => {
    const created = await cms.payload.create({
      collection: 'newsletter-lists',
      locale: 'nl',
      data: { name: 'Mongo-nieuws', key: 'mongo-news', visibility: 'public' },
    })
    expect(String(created.id)).toMatch(/^[0-9a-f]{24}$/)
    await cms.payload.update({ collection: 'newsletter-lists', id: created.id, locale: 'fr', data: { name: 'Nouvelles Mongo' } })
    const fr = await cms.payload.findByID({ collection: 'newsletter-lists', id: created.id, locale: 'fr', depth: 0 })
    const nl = await cms.payload.findByID({ collection: 'newsletter-lists', id: created.id, locale: 'nl', depth: 0 })
    expect([nl.name, fr.name]).toEqual(['Mongo-nieuws', 'Nouvelles Mongo'])
    await cms.payload.delete({ collection: 'newsletter-lists', id: created.id })
    expect((await cms.payload.find({ collection: 'newsletter-lists', where: { key: { equals: 'mongo-news' } } })).totalDocs).toBe(0)
  })

  it('publishes a major policy version before the consent settings were ever saved', async () => {
    const v2 = await cms.payload.create({
      collection: 'policy-versions',
      locale: 'nl',
      data: {
        kind: 'privacy',
        versionLabel: 'mongo-2',
        effectiveDate: new Date().toISOString(),
        materiality: 'major',
        affectedPurposes: ['analytics'],
        changeSummary: 'Nieuwe verwerker.',
        content: textToLexical({ text: 'Privacybeleid\n\nVersie 2' }),
      } as never,
      overrideAccess: true,
    })
    await cms.payload.update({ collection: 'policy-versions', id: v2.id, data: { state: 'published' } })
    const settings = await cms.payload.findGlobal({ slug: 'consent-settings', locale: 'nl' })
    expect(settings).toMatchObject({ revision: 2, revisionCategories: ['analytics'] })
    expect(typeof settings.banner?.title).toBe('string')
  })

  it('leases jobs once: claimJobs claims N distinct jobs, and a second worker gets none of them', async () => {
    const queued = []
    for (let i = 0; i < 5; i++) {
      queued.push(
        await cms.payload.jobs.queue({
          task: 'sendMail',
          // A queue of its own: the policy publication above queued a notice job on the default one.
          queue: 'lease-test',
          input: await storedMailInput({ payload: cms.payload, to: 'lease@example.com', idempotencyKey: `lease-${i}` }),
        }),
      )
    }
    const leasedTo = async (workerId: string) =>
      (await cms.payload.find({ collection: 'payload-jobs', where: { claimedBy: { equals: workerId } }, depth: 0, limit: 100 })).docs.map((d) => String(d.id))

    expect(await claimJobs({ payload: cms.payload, workerId: 'worker-a', leaseMs: 60_000, limit: 3, queue: 'lease-test' })).toBe(3)
    const a = await leasedTo('worker-a')
    expect(new Set(a).size).toBe(3)

    expect(await claimJobs({ payload: cms.payload, workerId: 'worker-b', leaseMs: 60_000, limit: 10, queue: 'lease-test' })).toBe(2)
    const b = await leasedTo('worker-b')
    expect(b).toHaveLength(2)
    expect(b.filter((id) => a.includes(id))).toEqual([])
    expect([...a, ...b].sort()).toEqual(queued.map((j) => String(j.id)).sort())
    // Nothing is left for anyone else while the leases live.
    expect(await claimJobs({ payload: cms.payload, workerId: 'worker-c', leaseMs: 60_000, limit: 10, queue: 'lease-test' })).toBe(0)
  })

  it('keeps budgets and once-only claims in MongoDB (rate-limiter-flexible\'s Mongo store)', async () => {
    const budget = sharedBudget({ payload: cms.payload, name: 'smoke', points: 2, durationSeconds: 60 })
    await budget.consume('client-1')
    await budget.consume('client-1')
    await expect(budget.consume('client-1')).rejects.toMatchObject({ remainingPoints: 0 })
    await budget.consume('client-2')
    expect(await claimOnce({ payload: cms.payload, scope: 'smoke', key: 'nonce-1', ttlSeconds: 60 })).toBe(true)
    expect(await claimOnce({ payload: cms.payload, scope: 'smoke', key: 'nonce-1', ttlSeconds: 60 })).toBe(false)
    const connection = (cms.payload.db as unknown as { connection: { collection: (name: string) => { countDocuments: () => Promise<number> } } }).connection
    expect(await connection.collection('rate_limits').countDocuments()).toBeGreaterThanOrEqual(3)
  })

  it('serves the seeded site from a real server process on the same database', async () => {
    server = await startServerProcess({ env: { DATA_DIR: cms.dataDir, DATABASE_URL: databaseUrl, JOBS_ENABLED: 'false' } })
    const home = await fetch(`${server.url}/nl/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('<html lang="nl">')
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(200)
  })
})
