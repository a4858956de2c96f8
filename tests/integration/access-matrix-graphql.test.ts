/**
 * The access matrix (tests/support/access-matrix/matrix.ts) through GraphQL, real HTTP against a production server
 * process: every collection and global × anonymous / editor / marketer / admin × every operation. Also the matrix's
 * own checks: it covers the whole CMS, and names only GraphQL fields the schema has. REST and the Local API: the
 * other access-matrix-*.test.ts files.
 */
import { describe, expect, it } from 'vitest'

import { describeDoor } from '../support/access-matrix/checks'
import { ctx } from '../support/access-matrix/context'
import { gqlField } from '../support/access-matrix/doors'
import { collectionMatrix, globalMatrix, payloadInternal } from '../support/access-matrix/matrix'
import { setupAccessMatrix } from '../support/access-matrix/setup'
import { globalSpecs, specs } from '../support/access-matrix/specs'

setupAccessMatrix({ withServer: true })

describe('the matrix itself', () => {
  it('covers every collection and global the CMS has, and nothing else', () => {
    const collections = ctx.cms.payload.config.collections.map((c) => c.slug).filter((s) => !payloadInternal.includes(s))
    expect([...new Set(collectionMatrix.map(([slug]) => slug))].sort()).toEqual([...collections].sort())
    expect([...new Set(globalMatrix.map(([slug]) => slug))].sort()).toEqual(ctx.cms.payload.config.globals.map((g) => g.slug).sort())
    for (const slug of new Set(collectionMatrix.map(([s]) => s))) {
      expect(collectionMatrix.filter(([s]) => s === slug).map(([, op]) => op), slug).toEqual(expect.arrayContaining(['create', 'read', 'update', 'delete']))
    }
  })

  it('uses GraphQL names the schema really has', () => {
    for (const spec of Object.values(specs)) {
      for (const q of [spec.gql.one, spec.gql.many]) expect(() => gqlField('query', q)).not.toThrow()
      for (const op of ['create', 'update', 'delete']) expect(() => gqlField('mutation', `${op}${spec.gql.one}`)).not.toThrow()
    }
    expect(() => gqlField('mutation', 'duplicateMedia')).not.toThrow()
    expect(() => gqlField('query', 'versionsPages')).not.toThrow()
    for (const spec of Object.values(globalSpecs)) {
      expect(() => gqlField('query', spec.gql)).not.toThrow()
      expect(() => gqlField('mutation', `update${spec.gql}`)).not.toThrow()
    }
  })

  it('refuses GraphQL introspection on the production server (names above come from the same schema, built here)', async () => {
    const answer = await ctx.api.graphql({ query: '{ __schema { queryType { name } } }' })
    expect(answer.data?.__schema ?? null).toBeNull()
    expect(answer.errors[0]?.message).toMatch(/introspection/i)
  })
})

describeDoor('GraphQL')
