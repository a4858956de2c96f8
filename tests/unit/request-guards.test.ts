import type { FlattenedField, Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { maxUploadBytes } from '../../cms/media'
import { crossesRelation } from '../../cms/database/crosses-relation'
import { isValidDocumentId } from '../../cms/database/is-valid-document-id'
import { queryPaths } from '../../cms/database/query-paths'
import { bodyCapFor, defaultBodyCap } from '../../server/body-cap-for'
import { hasMalformedJsonParam } from '../../server/has-malformed-json-param'

describe('bodyCapFor', () => {
  it('gives each route its cap, and 1 MB to the rest', () => {
    expect(bodyCapFor({ pathname: '/consent' })).toBe(8 * 1024)
    expect(bodyCapFor({ pathname: '/api/mail/unsubscribe' })).toBe(16 * 1024)
    expect(bodyCapFor({ pathname: '/api/mail/webhooks/resend' })).toBe(256 * 1024)
    expect(bodyCapFor({ pathname: '/api/media' })).toBeGreaterThan(maxUploadBytes)
    expect(bodyCapFor({ pathname: '/api/media/12' })).toBeGreaterThan(maxUploadBytes)
    expect(bodyCapFor({ pathname: '/api/pages' })).toBe(defaultBodyCap)
    expect(bodyCapFor({ pathname: '/nl/newsletter' })).toBe(defaultBodyCap)
  })
})

describe('hasMalformedJsonParam', () => {
  const of = (query: string) => hasMalformedJsonParam({ search: new URLSearchParams(query) })
  it('flags a where or data that is meant as JSON and is not', () => {
    expect(of('where=notjson')).toBe(true)
    expect(of('data=%7Bnope')).toBe(true)
    expect(of('where=%7B%7D')).toBe(false)
    expect(of('where[title][equals]=x')).toBe(false)
    expect(of('where=')).toBe(false)
    expect(of('depth=0')).toBe(false)
  })
})

describe('isValidDocumentId', () => {
  it('takes integers on SQL and any non-empty string on MongoDB', () => {
    expect(isValidDocumentId({ id: '12', idType: 'number' })).toBe(true)
    expect(isValidDocumentId({ id: 12, idType: 'number' })).toBe(true)
    expect(isValidDocumentId({ id: 'abc', idType: 'number' })).toBe(false)
    expect(isValidDocumentId({ id: '\0', idType: 'number' })).toBe(false)
    expect(isValidDocumentId({ id: Number.NaN, idType: 'number' })).toBe(false)
    expect(isValidDocumentId({ id: '1e3', idType: 'number' })).toBe(false)
    expect(isValidDocumentId({ id: '65f0c0ffee', idType: 'text' })).toBe(true)
    expect(isValidDocumentId({ id: '', idType: 'text' })).toBe(false)
  })
})

describe('crossesRelation', () => {
  const image = { name: 'image', type: 'upload', relationTo: 'media' } as FlattenedField
  const page = { name: 'page', type: 'relationship', relationTo: 'pages' } as FlattenedField
  const fields = [
    { name: 'title', type: 'text', localized: true },
    { name: 'meta', type: 'group', flattenedFields: [image] },
    { name: 'layout', type: 'blocks', blocks: [{ slug: 'hero', flattenedFields: [{ name: 'cta', type: 'group', flattenedFields: [page] }] }] },
    { name: 'reference', type: 'relationship', relationTo: ['pages', 'media'] },
  ] as unknown as FlattenedField[]
  const crosses = (path: string) => crossesRelation({ fields, path: path.split('.'), locales: ['nl', 'fr', 'en'] })

  it('is true for a path into a related document’s fields', () => {
    expect(crosses('meta.image.alt')).toBe(true)
    expect(crosses('layout.cta.page.slug')).toBe(true)
    expect(crosses('reference.value.title')).toBe(true)
  })
  it('is false for the relation itself, its id, plain fields and unknown names', () => {
    expect(crosses('meta.image')).toBe(false)
    expect(crosses('meta.image.id')).toBe(false)
    expect(crosses('layout.cta.page')).toBe(false)
    expect(crosses('reference.value')).toBe(false)
    expect(crosses('reference.relationTo')).toBe(false)
    expect(crosses('title.fr')).toBe(false)
    expect(crosses('nope.x')).toBe(false)
  })
})

describe('queryPaths', () => {
  it('collects the paths of a where (through and/or) and of a sort', () => {
    const where: Where = { and: [{ 'a.b': { equals: 1 } }, { or: [{ c: { exists: true } }] }] }
    expect(queryPaths({ where, sort: '-d.e,f' })).toEqual([['a', 'b'], ['c'], ['d', 'e'], ['f']])
    expect(queryPaths({ sort: ['-x'] })).toEqual([['x']])
  })
})
