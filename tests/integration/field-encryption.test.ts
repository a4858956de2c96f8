import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataKeyring, findUnreadableData, reencryptPersonalData, type DataKeyring } from '../../cms/encryption'
import { keyIdOf } from '../../cms/encryption/encrypted-value-format'
import { hashKeyIdOf } from '../../cms/encryption/lookup-hashes'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { ensureList } from '../support/newsletter-fixtures'
import { rawCreate } from '../support/raw-create'

let cms: TestCms
const custom = () => cms.payload.config.custom as { dataKeyring: DataKeyring }
const raw = async (collection: 'contacts' | 'suppressions', email: string) => {
  const id = (await cms.payload.find({ collection, where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]?.id
  return id === undefined ? undefined : ((await cms.payload.db.findOne({ collection, where: { id: { equals: id } } })) as Record<string, unknown> | null)
}
const findContact = async (email: string) => (await cms.payload.find({ collection: 'contacts', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]

beforeAll(async () => {
  cms = await createTestCms()
})
afterAll(async () => {
  await cms?.close()
})

describe('personal fields at rest', () => {
  it('are stored encrypted and read back in clear by those who may read them', async () => {
    const list = await ensureList({ payload: cms.payload, key: 'newsletter' })
    const created = await cms.payload.create({
      collection: 'contacts',
      data: { email: 'Anna.Peeters@example.com', name: 'Anna Peeters', organisation: 'Praktijk Peeters', locale: 'nl', status: 'active', subscriptions: [{ list: list.id, status: 'confirmed' }] },
      overrideAccess: true,
    })
    expect(created).toMatchObject({ email: 'anna.peeters@example.com', name: 'Anna Peeters', organisation: 'Praktijk Peeters' })
    const row = await raw('contacts', 'anna.peeters@example.com')
    for (const field of ['email', 'name', 'organisation']) {
      expect(String(row?.[field])).toMatch(/^enc1\.[0-9a-f]{8}\./)
      expect(keyIdOf(row?.[field])).toBe(custom().dataKeyring.current.id)
    }
    expect(JSON.stringify(row)).not.toMatch(/anna|peeters/i)
    // Nobody without the role reads them, encrypted or not.
    await expect(cms.payload.find({ collection: 'contacts', overrideAccess: false })).rejects.toThrow()
  })

  it('are found by exact address (any case, the admin search box too) and kept unique through the hash', async () => {
    expect((await findContact('ANNA.PEETERS@example.com'))?.name).toBe('Anna Peeters')
    const search = await cms.payload.find({ collection: 'contacts', where: { or: [{ email: { like: ' anna.peeters@example.com ' } }] }, overrideAccess: true })
    expect(search.totalDocs).toBe(1)
    expect((await cms.payload.count({ collection: 'contacts', where: { email: { in: ['anna.peeters@example.com', 'nobody@example.com'] } }, overrideAccess: true })).totalDocs).toBe(1)
    expect((await cms.payload.find({ collection: 'contacts', where: { email: { like: 'anna' } }, overrideAccess: true })).totalDocs).toBe(0)
    await expect(cms.payload.create({ collection: 'contacts', data: { email: 'anna.PEETERS@example.com', locale: 'nl', status: 'active' }, overrideAccess: true })).rejects.toThrow(/email/)
    expect((await cms.payload.count({ collection: 'contacts', overrideAccess: true })).totalDocs).toBe(1)
    // Changing the address moves the hash with it.
    const anna = (await findContact('anna.peeters@example.com'))!
    await cms.payload.update({ collection: 'contacts', id: anna.id, data: { email: 'anna@praktijk.example' }, overrideAccess: true })
    expect(await findContact('anna.peeters@example.com')).toBeUndefined()
    expect((await findContact('anna@praktijk.example'))?.id).toBe(anna.id)
  })

  it('refuse queries that cannot be answered on ciphertext instead of matching nothing', async () => {
    await expect(cms.payload.find({ collection: 'contacts', where: { name: { equals: 'Anna Peeters' } }, overrideAccess: true })).rejects.toThrow(/name/)
    await expect(cms.payload.find({ collection: 'contacts', where: { email: { greater_than: 'a' } }, overrideAccess: true })).rejects.toThrow(/email/)
  })
})

describe('key rotation', () => {
  it('re-encrypts everything under the new key, survives a crash half-way, and encrypts rows written before encryption', async () => {
    const list = await ensureList({ payload: cms.payload, key: 'newsletter' })
    for (let i = 0; i < 7; i++) {
      await cms.payload.create({ collection: 'contacts', data: { email: `person${i}@example.com`, name: `Person ${i}`, locale: 'en', status: 'active', subscriptions: [{ list: list.id, status: 'confirmed' }] }, overrideAccess: true })
    }
    await cms.payload.create({ collection: 'suppressions', data: { email: 'bounced@example.com', reason: 'hard-bounce' }, overrideAccess: true })
    // A row from before encryption: plaintext, no hash.
    await rawCreate({ payload: cms.payload, collection: 'contacts', data: { email: 'legacy@example.com', name: 'Legacy Person', locale: 'nl', status: 'active', ref: 'legacy-ref-0001' } })

    // The operator's step: a new current key, the old one as previous (the local key file holds the old one).
    const oldKey = fs.readFileSync(path.join(cms.dataDir, '.data-encryption-key'), 'utf8').trim()
    const newKey = randomBytes(32).toString('base64')
    const rotating = dataKeyring({ keys: [newKey, oldKey] })
    custom().dataKeyring = rotating

    // A crash after the first batch of two rows.
    let batches = 0
    await expect(
      reencryptPersonalData({
        payload: cms.payload,
        batchSize: 2,
        onBatch: () => {
          if (++batches === 1) throw new Error('killed')
        },
      }),
    ).rejects.toThrow('killed')
    // Half-way: rows under each key, every one readable and found by address.
    const mixed = await cms.payload.db.find<Record<string, unknown> & { id: number }>({ collection: 'contacts', limit: 0, pagination: false })
    const keyIds = new Set(mixed.docs.map((d) => keyIdOf(d.email)))
    expect(keyIds.has(rotating.keys[0]!.id) && keyIds.has(rotating.keys[1]!.id)).toBe(true)
    for (let i = 0; i < 7; i++) expect((await findContact(`person${i}@example.com`))?.name).toBe(`Person ${i}`)
    // A second person with an address already stored under the old key is still refused.
    await expect(cms.payload.create({ collection: 'contacts', data: { email: 'person6@example.com', locale: 'nl', status: 'active' }, overrideAccess: true })).rejects.toThrow(/email/)

    const report = await reencryptPersonalData({ payload: cms.payload, batchSize: 2 })
    expect(report.find((r) => r.collection === 'contacts')).toMatchObject({ skipped: 0 })
    const after = await cms.payload.db.find<Record<string, unknown> & { id: number }>({ collection: 'contacts', limit: 0, pagination: false })
    for (const doc of after.docs) {
      for (const field of ['email', 'name', 'organisation']) if (doc[field]) expect(keyIdOf(doc[field])).toBe(rotating.current.id)
      expect(hashKeyIdOf(doc.emailHash)).toBe(rotating.current.id)
    }
    expect(keyIdOf((await raw('suppressions', 'bounced@example.com'))?.email)).toBe(rotating.current.id)
    expect(await reencryptPersonalData({ payload: cms.payload })).toSatisfy((r: { rewritten: number }[]) => r.every((c) => c.rewritten === 0))

    // The previous key can go: everything reads under the new key alone, subscriptions untouched, the legacy row found.
    custom().dataKeyring = dataKeyring({ keys: [newKey] })
    expect(await findUnreadableData({ payload: cms.payload })).toEqual([])
    const person = await findContact('person3@example.com')
    expect(person).toMatchObject({ name: 'Person 3', subscriptions: [expect.objectContaining({ status: 'confirmed' })] })
    expect((await findContact('legacy@example.com'))?.name).toBe('Legacy Person')
    expect((await cms.payload.find({ collection: 'suppressions', where: { email: { equals: 'bounced@example.com' } }, overrideAccess: true })).totalDocs).toBe(1)

    // Started with the old key alone, the data is unreadable: that is what the start-up check reports.
    custom().dataKeyring = dataKeyring({ keys: [oldKey] })
    const unreadable = await findUnreadableData({ payload: cms.payload })
    expect(unreadable.find((u) => u.collection === 'contacts')).toMatchObject({ field: 'email', count: 9, keyId: rotating.current.id })
    custom().dataKeyring = dataKeyring({ keys: [newKey] })
  })
})
