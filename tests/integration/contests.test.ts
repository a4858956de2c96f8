import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { canonicalText, textToLexical } from '../../cms/policy'
import { drawContest, drawWinners, entriesHash, findContestTerms, handleFormSubmission, verifyDraw, type FormValues } from '../../cms/forms'
import { sha256 } from '../../config/sha256'
import type { ContestTerm, Form, User } from '../../cms/payload-types'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { mailsTo } from '../support/mails-to'

/**
 * Issue #17, promotions and contests: published only with terms, dates and an address field; terms as a versioned
 * document whose every version keeps its number, text and hash; one entry per person recording the terms version
 * accepted; a draw after the end, once, random and reproducible from its record, winners mailed in their language,
 * entrants kept until the draw plus the retention period. A real Payload on SQLite.
 */
let cms: TestCms
let terms: ContestTerm
let marketer: User
const day = 24 * 3_600_000

const termsBody = (text: string) => textToLexical({ text })

beforeAll(async () => {
  cms = await createTestCms({ seed: true })
  terms = await cms.payload.create({ collection: 'contest-terms', locale: 'nl', overrideAccess: true, data: { title: 'Wedstrijdreglement', body: termsBody('Artikel 1. Eén deelname per persoon.\n\nArtikel 2. De winnaar wordt willekeurig getrokken.'), _status: 'published' } as never })
  await cms.payload.update({ collection: 'contest-terms', id: terms.id, locale: 'fr', overrideAccess: true, data: { title: 'Règlement du concours', body: termsBody('Article 1. Une participation par personne.') } as never })
  marketer = await cms.payload.create({ collection: 'users', overrideAccess: true, data: { email: 'contest-marketer@example.com', password: 'Contest-Marketer-Horse-42-Battery', roles: ['marketer'] } as never })
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

const contest = async (over: Record<string, unknown> = {}): Promise<Form> =>
  cms.payload.create({
    collection: 'forms',
    locale: 'nl',
    overrideAccess: true,
    data: {
      title: 'Win een jaar myPlugin',
      purpose: 'contest',
      fields: [{ blockType: 'email', name: 'email', label: 'E-mailadres', required: true }, { blockType: 'select', name: 'profession', label: 'Beroep', options: [{ label: 'Coach', value: 'coach' }, { label: 'Psycholoog', value: 'psychologist' }] }],
      terms: terms.id,
      winnersCount: 2,
      retentionDays: 30,
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + day).toISOString(),
      _status: 'published',
      ...over,
    } as never,
  })

let n = 0
const stamp = () => createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) })
const enter = (formId: unknown, input: FormValues, locale: 'nl' | 'fr' | 'en' = 'nl') => handleFormSubmission({ payload: cms.payload, formId, input: { stamp: stamp(), terms: 'yes', ...input }, locale, clientKey: `contest-client-${++n}` })
const entriesOf = async (formId: number) => (await cms.payload.find({ collection: 'form-submissions', where: { form: { equals: formId } }, pagination: false, depth: 0, overrideAccess: true })).docs
const close = (form: Form) => cms.payload.update({ collection: 'forms', id: form.id, locale: 'nl', overrideAccess: true, data: { closesAt: new Date(Date.now() - 1_000).toISOString() } as never })
const asMarketer = () => createLocalReq({ user: { ...marketer, collection: 'users' } as never }, cms.payload)

describe('publishing a promotion or contest', () => {
  it('is refused without terms, dates and an address field, each named; nothing is saved', async () => {
    const before = (await cms.payload.count({ collection: 'forms', overrideAccess: true })).totalDocs
    await expect(contest({ terms: null, opensAt: null, closesAt: null, fields: [{ blockType: 'checkbox', name: 'yes', label: 'Ja' }] })).rejects.toMatchObject({
      data: { errors: expect.arrayContaining([expect.objectContaining({ path: 'terms' }), expect.objectContaining({ path: 'opensAt' }), expect.objectContaining({ path: 'closesAt' }), expect.objectContaining({ path: 'fields' })]) },
    })
    await expect(contest({ closesAt: new Date(Date.now() - 2 * day).toISOString() })).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'closesAt', message: expect.stringContaining('after the start') })] } })
    expect((await cms.payload.count({ collection: 'forms', overrideAccess: true })).totalDocs).toBe(before)
    // A draft may be incomplete.
    const draft = await cms.payload.create({ collection: 'forms', locale: 'nl', overrideAccess: true, draft: true, data: { title: 'Later', purpose: 'promotion', fields: [{ blockType: 'checkbox', name: 'yes', label: 'Ja' }], _status: 'draft' } as never })
    expect(draft._status).toBe('draft')
  })
})

describe('the terms, a document with versions', () => {
  it('numbers each publication, hashes each language’s text, and keeps every version readable at its own address', async () => {
    const own = await cms.payload.create({ collection: 'contest-terms', locale: 'nl', overrideAccess: true, data: { title: 'Actievoorwaarden', body: termsBody('Versie een.'), _status: 'published' } as never })
    expect(own.versionNumber).toBe(1)
    expect(own.textHash).toBe(sha256({ text: canonicalText({ content: termsBody('Versie een.') }) }))
    const first = await findContestTerms({ payload: cms.payload, id: own.id, locale: 'nl' })
    // A draft changes nothing the public sees; the next publication is version 2.
    await cms.payload.update({ collection: 'contest-terms', id: own.id, locale: 'nl', overrideAccess: true, draft: true, data: { body: termsBody('Klad.'), _status: 'draft' } as never })
    expect((await findContestTerms({ payload: cms.payload, id: own.id, locale: 'nl' }))?.versionNumber).toBe(1)
    await cms.payload.update({ collection: 'contest-terms', id: own.id, locale: 'nl', overrideAccess: true, data: { body: termsBody('Versie twee.'), _status: 'published' } as never })
    const current = await findContestTerms({ payload: cms.payload, id: own.id, locale: 'nl' })
    expect(current).toMatchObject({ versionNumber: 2, current: true })
    expect(canonicalText({ content: current?.body })).toBe('Versie twee.')
    expect(current?.versions.map((v) => v.versionNumber)).toEqual([2, 1])
    const old = await findContestTerms({ payload: cms.payload, id: own.id, version: first?.versionId, locale: 'nl' })
    expect(old).toMatchObject({ versionNumber: 1, current: false, textHash: own.textHash })
    expect(canonicalText({ content: old?.body })).toBe('Versie een.')
    expect(await findContestTerms({ payload: cms.payload, id: own.id, version: 'nope', locale: 'nl' })).toBeUndefined()
    expect(await findContestTerms({ payload: cms.payload, id: 'x; drop', locale: 'nl' })).toBeUndefined()
  })

  it('are read by the public only when published', async () => {
    const draft = await cms.payload.create({ collection: 'contest-terms', locale: 'nl', overrideAccess: true, draft: true, data: { title: 'Nog niet', body: termsBody('Klad.'), _status: 'draft' } as never })
    expect((await cms.payload.find({ collection: 'contest-terms', where: { id: { equals: draft.id } }, overrideAccess: false })).totalDocs).toBe(0)
    expect(await findContestTerms({ payload: cms.payload, id: draft.id, locale: 'nl' })).toBeUndefined()
  })
})

describe('entering', () => {
  it('needs the terms ticked, records the version and hash accepted, and is kept until the end plus retention', async () => {
    const form = await contest()
    expect(await enter(form.id, { email: 'no.terms@example.com', terms: '' })).toMatchObject({ result: 'invalid', errors: [{ field: 'terms', code: 'required' }] })
    expect(await entriesOf(form.id as number)).toHaveLength(0)
    expect(await enter(form.id, { email: 'entrant@example.com', profession: 'coach' }, 'fr')).toMatchObject({ result: 'accepted', outcome: 'submitted' })
    const [entry] = await entriesOf(form.id as number)
    const accepted = await findContestTerms({ payload: cms.payload, id: terms.id, locale: 'fr' })
    expect(entry).toMatchObject({ termsVersion: accepted?.versionId, termsHash: accepted?.textHash, locale: 'fr' })
    expect(entry?.termsHash).toBe(sha256({ text: 'Article 1. Une participation par personne.' }))
    expect(new Date(entry!.expiresAt!).getTime()).toBe(new Date(form.closesAt!).getTime() + 30 * day)
  })

  it('is one per person: a second entry, later or at once, is refused as already entered and stores nothing', async () => {
    const form = await contest()
    expect(await enter(form.id, { email: 'twice@example.com' })).toMatchObject({ outcome: 'submitted' })
    expect(await enter(form.id, { email: 'TWICE@example.com ' })).toMatchObject({ result: 'accepted', outcome: 'already-entered' })
    const racing = await Promise.all([enter(form.id, { email: 'race@example.com' }), enter(form.id, { email: 'race@example.com' }), enter(form.id, { email: 'race@example.com' })])
    expect(racing.filter((r) => r.result === 'accepted' && r.outcome === 'submitted')).toHaveLength(1)
    expect(await entriesOf(form.id as number)).toHaveLength(2)
  })

  it('is refused once the contest has closed, and when its terms are no longer published', async () => {
    const form = await contest()
    await close(form)
    expect(await enter(form.id, { email: 'late@example.com' })).toEqual({ result: 'unavailable', reason: 'closed' })
    const gone = await cms.payload.create({ collection: 'contest-terms', locale: 'nl', overrideAccess: true, data: { title: 'Weg', body: termsBody('Weg.'), _status: 'published' } as never })
    const orphan = await contest({ terms: gone.id })
    // Terms in use are proof: deleting them is refused, and says where they are used.
    await expect(cms.payload.delete({ collection: 'contest-terms', id: gone.id, overrideAccess: true })).rejects.toThrow(/1 form\(s\) offer them/)
    await cms.payload.update({ collection: 'contest-terms', id: gone.id, locale: 'nl', overrideAccess: true, data: { _status: 'draft' } as never })
    expect(await enter(orphan.id, { email: 'orphan@example.com' })).toEqual({ result: 'unavailable', reason: 'closed' })
    // Withdrawn terms have no current page; each published version stays readable at its own address.
    expect(await findContestTerms({ payload: cms.payload, id: gone.id, locale: 'nl' })).toBeUndefined()
    const published = (await cms.payload.findVersions({ collection: 'contest-terms', where: { and: [{ parent: { equals: gone.id } }, { 'version._status': { equals: 'published' } }] }, overrideAccess: true })).docs[0]!
    expect(await findContestTerms({ payload: cms.payload, id: gone.id, version: String(published.id), locale: 'nl' })).toMatchObject({ title: 'Weg', current: false })
  })
})

describe('the draw', () => {
  it('comes after the end only, once, over every entry; reproducible from its record; winners mailed in their language', async () => {
    const form = await contest()
    const people = Array.from({ length: 7 }, (_, i) => `entrant.${i}@example.com`)
    for (const [i, email] of people.entries()) await enter(form.id, { email }, i % 2 ? 'fr' : 'nl')
    await expect(drawContest({ req: await asMarketer(), formId: form.id })).rejects.toMatchObject({ code: 'form.draw-too-early' })
    await close(form)

    const draw = await drawContest({ req: await asMarketer(), formId: form.id })
    const entries = await entriesOf(form.id as number)
    const ids = entries.map((e) => e.id)
    expect(draw).toMatchObject({ entryCount: 7, winnersCount: 2, drawnBy: marketer.id, algorithm: expect.any(String) })
    expect(draw.seed).toMatch(/^[0-9a-f]{64}$/)
    expect(draw.entriesHash).toBe(entriesHash(ids))
    // Anyone can recompute it from the record: the same winners in the same order.
    expect(drawWinners({ seed: draw.seed, entryIds: draw.entryIds as number[], count: 2 })).toEqual(draw.winnerIds)
    expect(await verifyDraw({ payload: cms.payload, drawId: draw.id })).toMatchObject({ reproduced: true, entriesMatch: true })

    // Winners: mailed once, in the language they entered in; the others not.
    const winners = entries.filter((e) => (draw.winnerIds as number[]).includes(e.id))
    for (const winner of winners) {
      const contact = await cms.payload.findByID({ collection: 'contacts', id: winner.contact as number, depth: 0, overrideAccess: true })
      const mails = await mailsTo({ payload: cms.payload, to: contact.email, template: 'contest-winner' })
      expect(mails).toHaveLength(1)
      expect(mails[0]?.subject).toMatch(winner.locale === 'fr' ? /gagnants/ : /winnaar/)
      const won = await cms.payload.count({ collection: 'contact-activities', where: { and: [{ contact: { equals: contact.id } }, { type: { equals: 'contest-won' } }] }, overrideAccess: true })
      expect(won.totalDocs).toBe(1)
    }
    const losers = people.filter((p) => !winners.some((w) => w.answers && (w.answers as { email?: string }).email === p))
    expect(losers).toHaveLength(5)
    for (const email of losers) expect(await mailsTo({ payload: cms.payload, to: email, template: 'contest-winner' })).toHaveLength(0)

    // Entrants are now kept until the draw plus the retention period.
    for (const entry of entries) expect(new Date(entry.expiresAt!).getTime()).toBe(new Date(draw.drawnAt).getTime() + 30 * day)

    // Once only, even when asked twice at the same moment.
    await expect(drawContest({ req: await asMarketer(), formId: form.id })).rejects.toMatchObject({ code: 'form.draw-done' })
    expect((await cms.payload.count({ collection: 'form-draws', where: { form: { equals: form.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('two simultaneous draws make one record and one set of mails', async () => {
    const form = await contest({ winnersCount: 1 })
    for (const email of ['sim.a@example.com', 'sim.b@example.com', 'sim.c@example.com']) await enter(form.id, { email })
    await close(form)
    const results = await Promise.allSettled([drawContest({ req: await asMarketer(), formId: form.id }), drawContest({ req: await asMarketer(), formId: form.id })])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'form.draw-done' } })
    const mails = await cms.payload.count({ collection: 'mail-messages', where: { template: { equals: 'contest-winner' } }, overrideAccess: true })
    const draws = await cms.payload.find({ collection: 'form-draws', where: { form: { equals: form.id } }, overrideAccess: true, depth: 0 })
    expect(draws.totalDocs).toBe(1)
    expect(mails.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('is refused for a form that is not a contest, a contest without entries, and an unknown form', async () => {
    const interest = await cms.payload.create({ collection: 'forms', locale: 'nl', overrideAccess: true, data: { title: 'Interesse', purpose: 'interest', fields: [{ blockType: 'email', name: 'email', label: 'E-mail' }], _status: 'published' } as never })
    await expect(drawContest({ req: await asMarketer(), formId: interest.id })).rejects.toMatchObject({ code: 'form.draw-not-a-contest' })
    const empty = await contest()
    await close(empty)
    await expect(drawContest({ req: await asMarketer(), formId: empty.id })).rejects.toMatchObject({ code: 'form.draw-no-entries' })
    await expect(drawContest({ req: await asMarketer(), formId: 999_999 })).rejects.toMatchObject({ code: 'form.not-found' })
  })

  it('records cannot be written, changed or deleted through the API by anyone', async () => {
    const draw = (await cms.payload.find({ collection: 'form-draws', limit: 1, overrideAccess: true, depth: 0 })).docs[0]!
    const user = { ...marketer, collection: 'users' } as never
    await expect(cms.payload.update({ collection: 'form-draws', id: draw.id, data: { seed: '0'.repeat(64) }, overrideAccess: false, user })).rejects.toThrow()
    await expect(cms.payload.delete({ collection: 'form-draws', id: draw.id, overrideAccess: false, user })).rejects.toThrow()
    expect((await verifyDraw({ payload: cms.payload, drawId: draw.id })).reproduced).toBe(true)
  })
})

describe('a form edited while answers arrive', () => {
  it('checks an answer against the version the visitor saw, and records that version', async () => {
    const form = await cms.payload.create({ collection: 'forms', locale: 'nl', overrideAccess: true, data: { title: 'Vraag', purpose: 'contact', fields: [{ blockType: 'email', name: 'email', label: 'E-mail', required: true }, { blockType: 'select', name: 'topic', label: 'Onderwerp', required: true, options: [{ label: 'Prijs', value: 'price' }] }], _status: 'published' } as never })
    const shown = (await cms.payload.findVersions({ collection: 'forms', where: { parent: { equals: form.id } }, sort: '-updatedAt', limit: 1, overrideAccess: true })).docs[0]!
    // The marketer replaces the select by another while a visitor has the page open.
    await cms.payload.update({ collection: 'forms', id: form.id, locale: 'nl', overrideAccess: true, data: { fields: [{ blockType: 'email', name: 'email', label: 'E-mail', required: true }, { blockType: 'radio', name: 'channel', label: 'Kanaal', required: true, options: [{ label: 'Video', value: 'video' }] }], _status: 'published' } as never })
    const seen = await handleFormSubmission({ payload: cms.payload, formId: form.id, input: { stamp: stamp(), email: 'open.page@example.com', topic: 'price', version: String(shown.id) }, locale: 'nl', clientKey: 'edit-1' })
    expect(seen).toMatchObject({ result: 'accepted', outcome: 'submitted' })
    const [submission] = await entriesOf(form.id as number)
    expect(submission).toMatchObject({ formVersion: String(shown.id), answers: { topic: 'price' } })
    // Without a version, or with one that is not this form's, the current version counts.
    expect(await handleFormSubmission({ payload: cms.payload, formId: form.id, input: { stamp: stamp(), email: 'fresh@example.com', topic: 'price' }, locale: 'nl', clientKey: 'edit-2' })).toMatchObject({ result: 'invalid', errors: [{ field: 'channel', code: 'required' }] })
    expect(await handleFormSubmission({ payload: cms.payload, formId: form.id, input: { stamp: stamp(), email: 'forged@example.com', topic: 'price', version: '999999' }, locale: 'nl', clientKey: 'edit-3' })).toMatchObject({ result: 'invalid' })
    expect(await entriesOf(form.id as number)).toHaveLength(1)
  })
})
