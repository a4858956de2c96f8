/** The write guard's reading of a GraphQL body: sign-in attempts it holds, and whether its fragments explode. */
import { describe, expect, it } from 'vitest'

import { scanGraphqlDocument } from '../../server/scan-graphql-document'

const login = (alias: string) => `${alias}: loginUser(email: "a@example.com", password: "x") { token }`

describe('scanGraphqlDocument', () => {
  it('counts every credential mutation field, aliases and fragments included', () => {
    expect(scanGraphqlDocument({ query: `mutation { ${login('a')} ${login('b')} forgotPasswordUser(email: "a@example.com") }` })).toEqual({ credentialFields: 3, tooComplex: false })
    const viaFragments = `mutation { ...L ... on Mutation { ${login('c')} } } fragment L on Mutation { ${login('a')} ${login('b')} unlockUser(email: "a@example.com") }`
    expect(scanGraphqlDocument({ query: viaFragments }).credentialFields).toBe(4)
  })

  it('does not count queries, nested fields or documents that do not parse', () => {
    expect(scanGraphqlDocument({ query: '{ loginUser: Pages { docs { id } } }' }).credentialFields).toBe(0)
    expect(scanGraphqlDocument({ query: 'mutation { createPage(data: {}) { loginUser: id } }' }).credentialFields).toBe(0)
    expect(scanGraphqlDocument({ query: 'mutation { loginUser(' })).toEqual({ credentialFields: 0, tooComplex: false })
  })

  it('stops at the expansion ceiling: fragments spread twice per level', () => {
    const levels = 20
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Page { ${i + 1 < levels ? `...F${i + 1} x${i}: title ...F${i + 1}` : 'id'} }`)
    const started = performance.now()
    expect(scanGraphqlDocument({ query: `{ Pages { docs { ...F0 } } } ${fragments.join(' ')}` }).tooComplex).toBe(true)
    expect(performance.now() - started).toBeLessThan(200)
    expect(scanGraphqlDocument({ query: `{ Pages { docs { ${Array.from({ length: 1000 }, (_, i) => `f${i}`).join(' ')} } } }` }).tooComplex).toBe(false)
  })

  // Payload's complexity rule recursed into a cycle until the stack overflowed (a 500, found by the fuzzer), so the
  // scan refuses it, without looping itself.
  it('refuses fragment cycles, direct or through another fragment', () => {
    expect(scanGraphqlDocument({ query: '{ Pages { ...A } } fragment A on Pages { ...B } fragment B on Pages { ...A docs { id } }' }).tooComplex).toBe(true)
    expect(scanGraphqlDocument({ query: 'fragment A on Page { ...A } { Pages { docs { ...A } } }' }).tooComplex).toBe(true)
    expect(scanGraphqlDocument({ query: '{ Pages { ...A ...A } } fragment A on Pages { docs { id } }' }).tooComplex).toBe(false)
  })
})
