import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestCms, type TestCms } from '../support/create-test-cms'

/**
 * Issue #17, the forms marketers build: the health-data guard at publication (a free-text field needs a retention
 * period and the notice), the legal basis taken from the purpose registry, versions kept, and the team address
 * never readable by the public. A real Payload on SQLite.
 */
let cms: TestCms
beforeAll(async () => {
  cms = await createTestCms()
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

const freeTextForm = { title: 'Contact', purpose: 'contact', fields: [{ blockType: 'email', name: 'email', label: 'E-mail', required: true }, { blockType: 'textarea', name: 'question', label: 'Your question' }], teamAddress: 'team@example.com' } as const

describe('the health-data guard', () => {
  it('refuses to publish a form with a free-text field without a retention period, and saves nothing', async () => {
    const before = (await cms.payload.count({ collection: 'forms', overrideAccess: true })).totalDocs
    await expect(cms.payload.create({ collection: 'forms', locale: 'nl', data: { ...freeTextForm, retentionDays: null, _status: 'published' } as never, overrideAccess: true })).rejects.toMatchObject({ data: { errors: expect.arrayContaining([{ path: 'retentionDays', message: expect.stringContaining('retention period') }]) } })
    expect((await cms.payload.count({ collection: 'forms', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('refuses to publish it without the notice, and accepts a draft either way', async () => {
    await expect(cms.payload.create({ collection: 'forms', locale: 'nl', data: { ...freeTextForm, freeTextNotice: '  ', _status: 'published' } as never, overrideAccess: true })).rejects.toMatchObject({ data: { errors: expect.arrayContaining([{ path: 'freeTextNotice', message: expect.stringContaining('never to share information about clients or their health') }]) } })
    const draft = await cms.payload.create({ collection: 'forms', locale: 'nl', data: { ...freeTextForm, freeTextNotice: '', retentionDays: null, _status: 'draft' } as never, overrideAccess: true, draft: true })
    expect(draft._status).toBe('draft')
    // Publishing that draft as it is: refused on the missing period.
    await expect(cms.payload.update({ collection: 'forms', id: draft.id, locale: 'nl', data: { _status: 'published' }, overrideAccess: true })).rejects.toMatchObject({ data: { errors: expect.arrayContaining([{ path: 'retentionDays', message: expect.stringContaining('retention period') }]) } })
  })

  it('publishes with the defaults (90 days, the notice in the page language) and derives the legal basis', async () => {
    const form = await cms.payload.create({ collection: 'forms', locale: 'fr', data: { ...freeTextForm, purpose: 'interest', _status: 'published' } as never, overrideAccess: true })
    expect(form).toMatchObject({ retentionDays: 90, freeTextNotice: 'Ne partagez jamais ici d’informations sur vos clients ou leur santé.', legalBasis: 'consent', _status: 'published' })
    // A form without free text needs neither.
    const plain = await cms.payload.create({ collection: 'forms', locale: 'nl', data: { title: 'Interesse', purpose: 'interest', fields: [{ blockType: 'checkbox', name: 'demo', label: 'Ik wil een demo' }], retentionDays: null, _status: 'published' } as never, overrideAccess: true })
    expect(plain._status).toBe('published')
  })
})

describe('what the public reads', () => {
  it('published forms without their team address; drafts not at all', async () => {
    const published = await cms.payload.create({ collection: 'forms', locale: 'nl', data: { ...freeTextForm, _status: 'published' } as never, overrideAccess: true })
    const asPublic = await cms.payload.findByID({ collection: 'forms', id: published.id, overrideAccess: false })
    expect(asPublic.title).toBe('Contact')
    expect(asPublic.teamAddress).toBeUndefined()
    const draft = await cms.payload.create({ collection: 'forms', locale: 'nl', data: { ...freeTextForm, title: 'Nog niet', _status: 'draft' } as never, overrideAccess: true, draft: true })
    const found = await cms.payload.find({ collection: 'forms', where: { id: { equals: draft.id } }, overrideAccess: false })
    expect(found.totalDocs).toBe(0)
  })

  it('keeps every version, so a submission can name the one it answered', async () => {
    const form = await cms.payload.create({ collection: 'forms', locale: 'nl', data: { ...freeTextForm, _status: 'published' } as never, overrideAccess: true })
    await cms.payload.update({ collection: 'forms', id: form.id, locale: 'nl', data: { title: 'Contact (v2)' }, overrideAccess: true })
    const versions = await cms.payload.findVersions({ collection: 'forms', where: { parent: { equals: form.id } }, overrideAccess: true })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  })
})
