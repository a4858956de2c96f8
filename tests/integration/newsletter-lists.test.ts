import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestCms, type TestCms } from '../support/create-test-cms'
import { createCampaign, createContact, ensureList } from '../support/newsletter-fixtures'

let cms: TestCms

beforeAll(async () => {
  cms = await createTestCms()
})
afterAll(async () => cms?.close())

describe('newsletter lists', () => {
  it('refuse a malformed key with a message, and keep the key once set', async () => {
    const { payload } = cms
    await expect(payload.create({ collection: 'newsletter-lists', data: { key: 'Mijn Lijst!', name: 'x', visibility: 'public' } })).rejects.toMatchObject({ data: { errors: [{ path: 'key', message: expect.stringMatching(/lower-case letters/) }] } })
    const list = await ensureList({ payload, key: 'tips' })
    const marketer = await payload.create({ collection: 'users', data: { email: 'mia@example.com', password: 'correct-horse-battery', roles: ['marketer'] } })
    const renamed = await payload.update({ collection: 'newsletter-lists', id: list.id, data: { key: 'other', name: 'Renamed' }, overrideAccess: false, user: { ...marketer, collection: 'users' } })
    expect(renamed.key).toBe('tips')
    expect(renamed.name).toBe('Renamed')
  })

  it('cannot be deleted while people are on them or campaigns use them, and say why', async () => {
    const { payload } = cms
    const used = await ensureList({ payload, key: 'used' })
    await createContact({ payload, email: 'on-list@example.com', lists: [{ id: used.id, status: 'confirmed' }] })
    await expect(payload.delete({ collection: 'newsletter-lists', id: used.id })).rejects.toThrow(/1 contact\(s\) are on it/)
    const targeted = await ensureList({ payload, key: 'targeted' })
    await createCampaign({ payload, listIds: [targeted.id], languages: ['nl'] })
    await expect(payload.delete({ collection: 'newsletter-lists', id: targeted.id })).rejects.toThrow(/1 campaign\(s\) use it/)
    expect((await payload.count({ collection: 'newsletter-lists', where: { key: { in: ['used', 'targeted'] } } })).totalDocs).toBe(2)
    const unused = await ensureList({ payload, key: 'unused' })
    await payload.delete({ collection: 'newsletter-lists', id: unused.id })
    expect((await payload.count({ collection: 'newsletter-lists', where: { key: { equals: 'unused' } } })).totalDocs).toBe(0)
  })
})
