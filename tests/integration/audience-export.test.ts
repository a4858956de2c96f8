/**
 * Issue #18, Facebook custom audiences: the CSV holds the SHA-256 of exactly the consenting active professionals'
 * addresses (the ledger's latest word on `ads` is a grant) and nobody else, and every download is logged with who,
 * when, how many, the consent revision and the file's hash. People give and withdraw through the real preference
 * center and unsubscribe link; the download goes through Payload's REST router (signed out 401, editors 403).
 * A real Payload on SQLite.
 */
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adsConsentWordings } from '../../cms/contacts/ads-consent-text'
import { updatePreferences } from '../../cms/contacts/update-preferences'
import { unsubscribeWithToken } from '../../cms/contacts/unsubscribe-with-token'
import { createPreferenceToken } from '../../cms/links/preference-token'
import { createUnsubscribeToken } from '../../cms/links/unsubscribe-token'
import { currentPolicyVersion } from '../../cms/policy/current-policy-version'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { ensureList } from '../support/newsletter-fixtures'
import { callApi, createStaff, type Staff } from '../support/webinar-admin-fixtures'

let cms: TestCms
let payload: Payload
let staff: Staff
let listId: number | string

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
type Person = { id: number | string; ref: string; email: string }

/** A person on the newsletter, as the admin would add them (the address normalised and encrypted by the collection). */
const person = async ({ email, profession = 'psychologist' }: { email: string; profession?: 'psychologist' | 'coach' | null }): Promise<Person> => {
  const created = await payload.create({
    collection: 'contacts',
    overrideAccess: true,
    depth: 0,
    data: { email, locale: 'nl', status: 'active', source: 'admin', ...(profession ? { profession } : {}), subscriptions: [{ list: listId as number, status: 'confirmed' }] },
  })
  return { id: created.id, ref: created.ref as string, email }
}

/** The person's own choice in their preference center, as the page posts it. */
const prefs = ({ who, ads, action = 'save', lists = ['newsletter'] }: { who: Person; ads: boolean; action?: 'save' | 'unsubscribe-all'; lists?: string[] }) =>
  updatePreferences({ payload, token: createPreferenceToken({ secret: payload.secret, contactRef: who.ref }), pageLocale: 'nl', input: { action, name: '', locale: 'nl', lists, tracking: false, ads } })

const download = (token?: string) => callApi({ payload, path: '/api/audience-exports/facebook.csv', token })
const exportsLog = async () => (await payload.find({ collection: 'audience-exports', sort: 'id', depth: 0, overrideAccess: true, pagination: false })).docs
const userId = async (role: keyof Staff) => (await payload.find({ collection: 'users', where: { email: { equals: `ae-${role}@example.com` } }, depth: 0, overrideAccess: true })).docs[0]!.id

const people: Record<string, Person> = {}

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms({ seed: true })
  payload = cms.payload
  staff = await createStaff({ payload, prefix: 'ae' })
  listId = (await ensureList({ payload, key: 'newsletter', name: 'Nieuwsbrief' })).id

  // In: a professional who ticked ads (the address stored in capitals and spaces comes back normalised).
  people.consenting = await person({ email: '  Ann.Peeters@Example.COM ' })
  expect(await prefs({ who: people.consenting, ads: true })).toMatchObject({ outcome: 'saved', granted: ['ads'] })
  // In: withdrew, then gave again: the latest word counts.
  people.regranted = await person({ email: 'hans@example.com', profession: 'coach' })
  await prefs({ who: people.regranted, ads: true })
  await prefs({ who: people.regranted, ads: false })
  await prefs({ who: people.regranted, ads: true })

  // Out: a professional who never ticked ads (tracking and lists are no ads consent).
  people.neverAsked = await person({ email: 'bob@example.com' })
  await updatePreferences({ payload, token: createPreferenceToken({ secret: payload.secret, contactRef: people.neverAsked.ref }), pageLocale: 'nl', input: { action: 'save', name: 'Bob', locale: 'nl', lists: ['newsletter'], tracking: true, ads: false } })
  // Out: gave, withdrew later.
  people.withdrawn = await person({ email: 'cara@example.com' })
  await prefs({ who: people.withdrawn, ads: true })
  expect(await prefs({ who: people.withdrawn, ads: false })).toMatchObject({ outcome: 'saved', refused: ['ads'] })
  // Out: gave, then unsubscribed from everything in the preference center.
  people.leftEverything = await person({ email: 'eve@example.com' })
  await prefs({ who: people.leftEverything, ads: true })
  await prefs({ who: people.leftEverything, ads: true, action: 'unsubscribe-all' })
  // Out, although active again: gave, left everything through a mail's one-click link (`*`), then came back to a
  // list. The `*` withdrew ads; coming back to a list does not give it again.
  people.cameBack = await person({ email: 'dirk@example.com' })
  await prefs({ who: people.cameBack, ads: true })
  const unsubscribe = createUnsubscribeToken({ secret: payload.secret, contactRef: people.cameBack.ref, list: '*' })
  expect((await unsubscribeWithToken({ payload, token: unsubscribe, via: 'one-click' })).outcome).toBe('unsubscribed')
  expect(await prefs({ who: people.cameBack, ads: false })).toMatchObject({ outcome: 'saved', granted: ['newsletter'], refused: [] })
  // Out: ticked ads but is no professional.
  people.noProfession = await person({ email: 'fien@example.com', profession: null })
  await prefs({ who: people.noProfession, ads: true })
  // Out: ticked ads, but the address bounced; and one who complained.
  people.bounced = await person({ email: 'gert@example.com' })
  await prefs({ who: people.bounced, ads: true })
  await payload.update({ collection: 'contacts', id: people.bounced.id, data: { status: 'bounced' }, overrideAccess: true })
  people.complained = await person({ email: 'ines@example.com' })
  await prefs({ who: people.complained, ads: true })
  await payload.update({ collection: 'contacts', id: people.complained.id, data: { status: 'complained' }, overrideAccess: true })
}, 180_000)
afterAll(async () => {
  await cms?.close()
})

describe('the Facebook audience download', () => {
  it('refuses the signed out (401) and editors (403), and logs nothing for them', async () => {
    const anonymous = await download()
    expect(anonymous.status).toBe(401)
    const editor = await download(staff.editor)
    expect(editor.status).toBe(403)
    expect(await editor.text()).not.toMatch(/^email/)
    expect(await exportsLog()).toEqual([])
  })

  it('holds the hashes of exactly the consenting active professionals, and nobody else', async () => {
    const before = Date.now()
    const res = await download(staff.marketer)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="facebook-audience-\d{4}-\d{2}-\d{2}\.csv"$/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const csv = await res.text()
    const expected = [sha('ann.peeters@example.com'), sha('hans@example.com')].sort()
    expect(csv).toBe(`email\n${expected.join('\n')}\n`)
    for (const line of csv.trim().split('\n').slice(1)) expect(line).toMatch(/^[0-9a-f]{64}$/)
    for (const email of ['bob', 'cara', 'eve', 'dirk', 'fien', 'gert', 'ines']) expect(csv).not.toContain(sha(`${email}@example.com`))
    expect(csv).not.toContain('@')

    // The log: who, when, how many, the consent revision, the file's hash.
    const [row] = await exportsLog()
    const policy = await currentPolicyVersion({ payload })
    expect(policy).toBeDefined()
    expect(row).toMatchObject({
      audience: 'facebook',
      exportedBy: await userId('marketer'),
      peopleCount: 2,
      policyVersion: policy!.id,
      policyLabel: policy!.versionLabel,
      adsWordings: adsConsentWordings(),
      fileHash: sha(csv),
    })
    expect(new Date(row!.exportedAt).getTime()).toBeGreaterThanOrEqual(before - 1_000)
    expect(new Date(row!.exportedAt).getTime()).toBeLessThanOrEqual(Date.now())
    // The wording named is the one each grant in the ledger points to.
    const grant = (await payload.find({ collection: 'consent-records', where: { contact: { equals: people.consenting.id } }, sort: '-sequence', limit: 1, depth: 0, overrideAccess: true })).docs[0]
    expect(row!.adsWordings).toContainEqual({ id: grant!.wordingId, hash: grant!.wordingHash })
    expect(grant!.policyVersion).toBe(policy!.id)
    // Audited like every collection.
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ entity: { equals: 'audience-exports' } }, { entityId: { equals: String(row!.id) } }] }, depth: 0, overrideAccess: true })
    expect(audit.docs.map((a) => [a.action, a.user])).toEqual([['create', await userId('marketer')]])
  })

  it('follows the ledger at the time of each download: a withdrawal takes a person out of the next file', async () => {
    await prefs({ who: people.consenting, ads: false })
    await prefs({ who: people.withdrawn, ads: true })
    const res = await download(staff.admin)
    expect(res.status).toBe(200)
    const csv = await res.text()
    expect(csv).toBe(`email\n${[sha('cara@example.com'), sha('hans@example.com')].sort().join('\n')}\n`)
    const log = await exportsLog()
    expect(log).toHaveLength(2)
    expect(log[1]).toMatchObject({ exportedBy: await userId('admin'), peopleCount: 2, fileHash: sha(csv) })
  })

  it('gives a header-only file (still logged) when nobody consents', async () => {
    for (const who of [people.withdrawn, people.regranted]) await prefs({ who, ads: false })
    const res = await download(staff.marketer)
    const csv = await res.text()
    expect(csv).toBe('email\n')
    expect((await exportsLog()).at(-1)).toMatchObject({ peopleCount: 0, fileHash: sha('email\n') })
  })

  it('is no collection anyone writes through the API: the log is read-only, even for admins', async () => {
    const create = await callApi({ payload, path: '/api/audience-exports', method: 'POST', token: staff.admin, contentType: 'application/json', body: JSON.stringify({ exportedAt: new Date().toISOString(), peopleCount: 9, policyVersion: '1', adsWordings: [], fileHash: 'x' }) })
    expect(create.status).toBe(403)
    expect(await exportsLog()).toHaveLength(3)
  })
})
