/**
 * The trials admin's endpoints (cms/trials/trials-endpoints.ts) on a real Payload and SQLite file, through Payload's
 * own REST router: who may call them (signed out 401, editors 403), the funnel per source (campaign names, webinar
 * titles, other pages, direct; a deleted campaign; trials from before attribution; a period), the CSV export (BOM,
 * columns, decrypted name and address, formula injection guarded, quotes, separators, per-user budget) and the retry
 * the edit view's button posts (status, job under the same key, audit entry naming the marketer, refusals).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureContact } from '../../cms/contacts'
import type { Trial } from '../../cms/payload-types'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { rawUpdate } from '../support/raw-update'
import { callApi, createStaff, type Staff } from '../support/webinar-admin-fixtures'

let cms: TestCms
let payload: Payload
let staff: Staff
const ids: Record<string, number | string> = {}
const day = 24 * 3_600_000
const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day).toISOString()

type Stages = Partial<Pick<Trial, 'status' | 'verifiedAt' | 'provisionedAt' | 'convertedAt' | 'endedAt' | 'provisioningError'>>
let n = 0
/** One person's trial, created as the domain creates it (the address and name on the contact, encrypted). */
const trial = async ({ name, source, campaign, webinar, referrerPath, ...stages }: { name: string; source: Trial['source']; campaign?: number | string; webinar?: number | string; referrerPath?: string } & Stages) => {
  n++
  const { contact } = await ensureContact({ payload, email: `ta-${n}@example.com`, name, locale: 'nl', profession: 'coach', source: 'trial' })
  const created = await payload.create({
    collection: 'trials',
    overrideAccess: true,
    depth: 0,
    data: {
      contact: contact.id,
      status: stages.status ?? 'awaiting-verification',
      profession: 'psychologist',
      country: 'BE',
      locale: 'nl',
      practiceName: `Praktijk ${n}`,
      idempotencyKey: `trial_admin-test-key-${String(n).padStart(4, '0')}`,
      source,
      referrerPath,
      ...(campaign !== undefined ? { campaign: campaign as number } : {}),
      ...(webinar !== undefined ? { webinar: webinar as number } : {}),
      ...stages,
    },
  })
  return created
}

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms()
  payload = cms.payload
  staff = await createStaff({ payload, prefix: 'ta' })
  const list = await payload.create({ collection: 'newsletter-lists', data: { name: 'Nieuws', key: 'nieuws', visibility: 'public', defaultForNew: true }, overrideAccess: true })
  const campaign = (name: string) => payload.create({ collection: 'campaigns', data: { name, lists: [list.id], languages: ['nl'] }, overrideAccess: true })
  ids.spring = (await campaign('Lente 2027')).id
  ids.summer = (await campaign('=Zomer "actie"')).id
  const gone = await campaign('Verwijderd')
  ids.webinar = (
    await payload.create({
      collection: 'webinars',
      data: { title: 'Online consulteren', slug: 'online-consulteren', start: new Date(Date.now() + 7 * day).toISOString(), durationMinutes: 60, language: 'nl', capacity: 30, joinUrl: 'https://meet.example.com/room', status: 'scheduled', _status: 'published' },
      overrideAccess: true,
    })
  ).id

  // Spring: 4 signups, 3 verified, 2 provisioned, 1 converted; one verified trial failed (a dead letter).
  await trial({ name: 'Anna Peeters', source: 'campaign', campaign: ids.spring, status: 'converted', verifiedAt: at(9), provisionedAt: at(9), convertedAt: at(2) })
  await trial({ name: 'Bram Claes', source: 'campaign', campaign: ids.spring, status: 'active', verifiedAt: at(8), provisionedAt: at(8) })
  ids.failed = (await trial({ name: 'Chloé Dubois', source: 'campaign', campaign: ids.spring, status: 'failed', verifiedAt: at(7), provisioningError: 'rejected: account refused' })).id
  await trial({ name: 'Dirk Maes', source: 'campaign', campaign: ids.spring })
  // Summer: converted by the application's status alone (no date): still converted.
  await trial({ name: 'Eva Jacobs', source: 'campaign', campaign: ids.summer, status: 'converted', verifiedAt: at(6), provisionedAt: at(6) })
  // A campaign deleted since: its trial counts under "Deleted campaigns".
  await trial({ name: 'Frank Wouters', source: 'campaign', campaign: gone.id, status: 'provisioning', verifiedAt: at(5) })
  await payload.delete({ collection: 'campaigns', id: gone.id, overrideAccess: true })
  // Webinar page: 2 signups, 1 verified (and stuck in provisioning).
  ids.stuck = (await trial({ name: 'Greet Janssens', source: 'webinar', webinar: ids.webinar, referrerPath: '/nl/webinars/online-consulteren', status: 'provisioning', verifiedAt: at(4) })).id
  await trial({ name: 'Hans Smits', source: 'webinar', webinar: ids.webinar, referrerPath: '/nl/webinars/online-consulteren' })
  // Another page; a name made to run as a formula in a spreadsheet.
  await trial({ name: '=HYPERLINK("https://evil.example/x")', source: 'page', referrerPath: '/nl/prijzen', status: 'expired', verifiedAt: at(3), provisionedAt: at(3), endedAt: at(1) })
  // Direct: one recent; one from before attribution (no source), signed up 120 days ago.
  await trial({ name: 'Ilse Vos', source: 'direct', status: 'cancelled', verifiedAt: at(2), provisionedAt: at(2), endedAt: at(1) })
  const old = await trial({ name: 'Jan Oud', source: 'direct', status: 'active', verifiedAt: at(119), provisionedAt: at(119) })
  await rawUpdate({ payload, collection: 'trials', id: old.id, data: { source: null, createdAt: at(120) } })
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

type Funnel = {
  since: string | null
  rows: { key: string; source: string; label: string; signups: number; verified: number; provisioned: number; converted: number }[]
  total: { signups: number; verified: number; provisioned: number; converted: number }
  deadLetters: { failed: number; provisioning: number }
}
const funnel = async (query = '') => {
  const res = await callApi({ payload, path: `/api/trials/funnel${query}`, token: staff.marketer })
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('no-store')
  return (await res.json()) as Funnel
}
const row = (f: Funnel, label: string) => {
  const found = f.rows.find((r) => r.label === label)
  if (!found) throw new Error(`no row ${label} in ${f.rows.map((r) => r.label).join(', ')}`)
  return { signups: found.signups, verified: found.verified, provisioned: found.provisioned, converted: found.converted }
}

describe('who may call the trials admin', () => {
  const calls: { name: string; path: () => string; method: 'GET' | 'POST' }[] = [
    { name: 'funnel', path: () => '/api/trials/funnel', method: 'GET' },
    { name: 'export.csv', path: () => '/api/trials/export.csv', method: 'GET' },
    { name: ':id/retry-provisioning', path: () => `/api/trials/${ids.stuck}/retry-provisioning`, method: 'POST' },
  ]
  for (const { name, path, method } of calls) {
    it(`${method} ${name}: 401 signed out, 403 for editors, with the table's message`, async () => {
      const anonymous = await callApi({ payload, path: path(), method })
      expect(anonymous.status).toBe(401)
      expect(await anonymous.json()).toMatchObject({ code: 'auth.sign-in-required' })
      const editor = await callApi({ payload, path: path(), method, token: staff.editor })
      expect(editor.status).toBe(403)
      expect(await editor.json()).toMatchObject({ code: 'auth.forbidden', error: 'Marketers and admins only.' })
    })
  }

  it('editors cannot reach trials through the collection either (the list the funnel sits on)', async () => {
    const res = await callApi({ payload, path: '/api/trials?depth=0', token: staff.editor })
    expect(res.status).toBe(403)
  })
})

describe('funnel per source', () => {
  it('counts signups → verified → provisioned → converted per campaign, webinar, other pages and direct', async () => {
    const f = await funnel()
    expect(f.since).toBeNull()
    expect(f.rows.map((r) => r.label)).toEqual(['Lente 2027', '=Zomer "actie"', 'Deleted campaigns', 'Online consulteren', 'Other pages', 'Direct'])
    expect(row(f, 'Lente 2027')).toEqual({ signups: 4, verified: 3, provisioned: 2, converted: 1 })
    expect(row(f, '=Zomer "actie"')).toEqual({ signups: 1, verified: 1, provisioned: 1, converted: 1 })
    expect(row(f, 'Deleted campaigns')).toEqual({ signups: 1, verified: 1, provisioned: 0, converted: 0 })
    expect(row(f, 'Online consulteren')).toEqual({ signups: 2, verified: 1, provisioned: 0, converted: 0 })
    expect(row(f, 'Other pages')).toEqual({ signups: 1, verified: 1, provisioned: 1, converted: 0 })
    // The trial from before attribution (no source) counts as direct.
    expect(row(f, 'Direct')).toEqual({ signups: 2, verified: 2, provisioned: 2, converted: 0 })
    expect(f.total).toEqual({ signups: 11, verified: 9, provisioned: 6, converted: 2 })
    expect(f.rows.find((r) => r.label === 'Lente 2027')).toMatchObject({ key: `campaign:${ids.spring}`, source: 'campaign' })
    expect(f.rows.find((r) => r.label === 'Online consulteren')).toMatchObject({ key: `webinar:${ids.webinar}`, source: 'webinar' })
  })

  it('shows the dead letters: failed trials and trials waiting in provisioning', async () => {
    expect((await funnel()).deadLetters).toEqual({ failed: 1, provisioning: 2 })
  })

  it('takes a period: the last 30 days leave out the signup from 120 days ago', async () => {
    const f = await funnel('?range=30d')
    expect(Date.parse(f.since ?? '')).toBeGreaterThan(Date.now() - 31 * day)
    expect(row(f, 'Direct')).toEqual({ signups: 1, verified: 1, provisioned: 1, converted: 0 })
    expect(f.total.signups).toBe(10)
    expect((await funnel('?range=90d')).total.signups).toBe(10)
    expect((await funnel('?range=all')).total.signups).toBe(11)
  })

  it('refuses an unknown period with a 400', async () => {
    const res = await callApi({ payload, path: '/api/trials/funnel?range=7d', token: staff.marketer })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ code: 'request.malformed' })
  })

  it('carries counts and labels only: no address, name or practice', async () => {
    const text = JSON.stringify(await funnel())
    expect(text).not.toContain('@example.com')
    expect(text).not.toContain('Peeters')
    expect(text).not.toContain('Praktijk')
  })

  it('is not mistaken for a trial id: GET /api/trials/:id still reads a trial', async () => {
    const res = await callApi({ payload, path: `/api/trials/${ids.failed}?depth=0`, token: staff.marketer })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'failed' })
  })
})

describe('CSV export', () => {
  const csv = async ({ query = '', token = staff.marketer }: { query?: string; token?: string } = {}) => {
    const res = await callApi({ payload, path: `/api/trials/export.csv${query}`, token })
    expect(res.status).toBe(200)
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) }
  }
  const linesOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').trimEnd().split('\r\n')

  it('is an attachment in UTF-8 with a BOM, one quoted row per trial, the columns marketers asked for', async () => {
    const { res, bytes } = await csv()
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="trials-\d{4}-\d{2}-\d{2}\.csv"$/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = linesOf(bytes)
    expect(lines[0]).toBe(
      '"created (Brussels time)";"status";"source";"campaign";"webinar";"referrer path";"profession";"country";"language";"verified";"provisioned";"converted";"ended";"name";"e-mail"',
    )
    expect(lines).toHaveLength(12)
    const anna = lines.find((l) => l.includes('Anna Peeters'))
    expect(anna).toMatch(/^"\d{4}-\d{2}-\d{2} \d{2}:\d{2}";"converted";"campaign";"Lente 2027";"";"";"psychologist";"BE";"nl";"\d{4}-\d{2}-\d{2} \d{2}:\d{2}";"[^"]+";"[^"]+";"";"Anna Peeters";"ta-1@example\.com"$/)
    expect(lines.find((l) => l.includes('Greet Janssens'))).toContain('"provisioning";"webinar";"";"Online consulteren";"/nl/webinars/online-consulteren"')
    expect(lines.find((l) => l.includes('Chloé Dubois'))).toContain('"failed";"campaign";"Lente 2027"')
    expect(lines.find((l) => l.includes('Frank Wouters'))).toContain('"campaign";"(deleted campaign)";""')
    // The trial from before attribution says direct; its signup is the old date.
    expect(lines.find((l) => l.includes('Jan Oud'))).toContain('"active";"direct";""')
    // Never the encrypted practice name or the login link: not columns of the file.
    expect(lines.join('\n')).not.toContain('Praktijk')
  })

  it('guards formulas and doubles quotes, whatever typed them (a visitor, a marketer naming a campaign)', async () => {
    const lines = linesOf((await csv()).bytes)
    expect(lines.find((l) => l.includes('evil.example'))).toMatch(/"'=HYPERLINK\(""https:\/\/evil\.example\/x""\)";"ta-9@example\.com"$/)
    expect(lines.find((l) => l.includes('Eva Jacobs'))).toContain(`"converted";"campaign";"'=Zomer ""actie""";""`)
  })

  it('takes a comma and a period on request; refuses an unknown separator or period with a 400', async () => {
    const comma = linesOf((await csv({ query: '?separator=comma', token: staff.admin })).bytes)
    expect(comma[0]?.startsWith('"created (Brussels time)","status","source"')).toBe(true)
    const recent = linesOf((await csv({ query: '?range=30d' })).bytes)
    expect(recent).toHaveLength(11)
    expect(recent.join('\n')).not.toContain('Jan Oud')
    for (const query of ['?separator=pipe', '?range=yesterday']) {
      const bad = await callApi({ payload, path: `/api/trials/export.csv${query}`, token: staff.marketer })
      expect(bad.status).toBe(400)
      expect(await bad.json()).toMatchObject({ code: 'request.malformed' })
    }
  })

  it('is budgeted per user: a runaway script gets the table 429, other users still download', async () => {
    let refused: Response | undefined
    for (let i = 0; i < 25 && !refused; i++) {
      const res = await callApi({ payload, path: '/api/trials/export.csv', token: staff.admin })
      if (res.status === 429) refused = res
      else expect(res.status).toBe(200)
    }
    expect(refused?.status).toBe(429)
    expect(await refused?.json()).toMatchObject({ code: 'trial.too-many-requests' })
    expect((await callApi({ payload, path: '/api/trials/export.csv', token: staff.marketer })).status).toBe(200)
  })
})

describe('retry provisioning (the edit view button)', () => {
  const retry = (id: number | string, token = staff.marketer) => callApi({ payload, path: `/api/trials/${id}/retry-provisioning`, method: 'POST', token })
  const jobsFor = async (key: string) =>
    (await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'provisionTrial' } }, { 'input.trial': { equals: key } }] }, depth: 0, overrideAccess: true })).docs

  it('queues a failed trial again under its own key, clears the error, and names the marketer in the audit log', async () => {
    const before = await payload.findByID({ collection: 'trials', id: ids.failed, depth: 0, overrideAccess: true })
    expect(await jobsFor(before.idempotencyKey)).toHaveLength(0)
    const res = await retry(ids.failed)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ queued: true })
    const after = await payload.findByID({ collection: 'trials', id: ids.failed, depth: 0, overrideAccess: true })
    expect(after).toMatchObject({ status: 'provisioning', provisioningError: null, idempotencyKey: before.idempotencyKey })
    expect(await jobsFor(before.idempotencyKey)).toHaveLength(1)
    const marketer = (await payload.find({ collection: 'users', where: { email: { equals: 'ta-marketer@example.com' } }, limit: 1, overrideAccess: true })).docs[0]
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ entity: { equals: 'trials' } }, { entityId: { equals: String(ids.failed) } }, { action: { equals: 'update' } }] }, depth: 0, overrideAccess: true })
    expect(audit.docs.map((d) => String(d.user))).toContain(String(marketer?.id))
  })

  it('also takes a trial stuck in provisioning (admins too): one more job, the same key', async () => {
    const stuck = await payload.findByID({ collection: 'trials', id: ids.stuck, depth: 0, overrideAccess: true })
    expect((await retry(ids.stuck, staff.admin)).status).toBe(200)
    expect(await jobsFor(stuck.idempotencyKey)).toHaveLength(1)
  })

  it('refuses an active trial (409), an id that is no id or no trial (404), with the table’s messages', async () => {
    const active = (await payload.find({ collection: 'trials', where: { status: { equals: 'active' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    if (!active) throw new Error('no active trial')
    const refused = await retry(active.id)
    expect(refused.status).toBe(409)
    expect(await refused.json()).toMatchObject({ code: 'trial.not-retryable', error: 'Only a failed trial (or one still to be opened) can be retried.' })
    expect((await payload.findByID({ collection: 'trials', id: active.id, depth: 0, overrideAccess: true })).status).toBe('active')
    for (const id of ['abc', '999999']) {
      const missing = await retry(id)
      expect(missing.status).toBe(404)
      expect(await missing.json()).toMatchObject({ code: 'trial.not-found' })
    }
  })
})
