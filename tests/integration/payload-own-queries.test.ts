import { QueryError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestCms, type TestCms } from '../support/create-test-cms'

/**
 * The query guard (cms/database/guard-query-input.ts) sits in front of every collection, Payload's own included, so
 * the queries Payload itself makes must pass it. Payload compares with a Date object where it checks locks: the
 * admin's document view asks payload-locked-documents for `updatedAt greater_than new Date(…)`. Refused as "an
 * object where one value goes", every document view rendered blank and no admin save could be made.
 */
let cms: TestCms

beforeAll(async () => {
  cms = await createTestCms({ seed: true })
})
afterAll(async () => {
  await cms?.close()
})

const lockWindowStart = () => new Date(Date.now() - 5 * 60 * 1000)

describe("Payload's own queries pass the query guard", () => {
  it('the lock check of the document view (payload-locked-documents, updatedAt greater_than a Date)', async () => {
    const page = (await cms.payload.find({ collection: 'pages', limit: 1, depth: 0 })).docs[0]
    expect(page).toBeDefined()
    const found = await cms.payload.find({
      collection: 'payload-locked-documents',
      depth: 1,
      where: {
        and: [
          { 'document.value': { equals: page?.id } },
          { 'document.relationTo': { equals: 'pages' } },
          { updatedAt: { greater_than: lockWindowStart() } },
        ],
      },
    })
    expect(found.docs).toEqual([])
  })

  it('reads with their lock status (find, findByID, findGlobal)', async () => {
    const { docs } = await cms.payload.find({ collection: 'pages', limit: 1, depth: 0, includeLockStatus: true })
    const id = docs[0]?.id as number
    await expect(cms.payload.findByID({ collection: 'pages', id, depth: 0, includeLockStatus: true })).resolves.toMatchObject({ id })
    await expect(cms.payload.findGlobal({ slug: 'organisation', depth: 0, includeLockStatus: true })).resolves.toBeDefined()
  })

  it('a Date compares as a date: earlier and later bounds find and miss as they should', async () => {
    const total = (await cms.payload.count({ collection: 'pages' })).totalDocs
    expect((await cms.payload.count({ collection: 'pages', where: { createdAt: { greater_than: new Date(0) } } })).totalDocs).toBe(total)
    expect((await cms.payload.count({ collection: 'pages', where: { createdAt: { greater_than: new Date(Date.now() + 60_000) } } })).totalDocs).toBe(0)
  })

  it('what stays refused: an invalid Date, and an object or array where one value goes', async () => {
    await expect(cms.payload.find({ collection: 'pages', where: { createdAt: { greater_than: new Date('not a date') } } })).rejects.toBeInstanceOf(QueryError)
    await expect(cms.payload.find({ collection: 'pages', where: { slug: { equals: { $gt: 0 } } } })).rejects.toBeInstanceOf(QueryError)
    await expect(cms.payload.find({ collection: 'pages', where: { updatedAt: { greater_than: ['2026-01-01'] } } })).rejects.toBeInstanceOf(QueryError)
  })
})
