import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { dataKeyring } from '../../cms/encryption/data-keyring'
import { decryptValue } from '../../cms/encryption/decrypt-value'
import { encryptValue } from '../../cms/encryption/encrypt-value'
import { keyIdOf } from '../../cms/encryption/encrypted-value-format'
import { hashKeyIdOf, lookupHash, lookupHashes } from '../../cms/encryption/lookup-hashes'
import { rewritePersonalWhere } from '../../cms/encryption/rewrite-personal-where'

const keyA = randomBytes(32).toString('base64')
const keyB = randomBytes(32).toString('base64')
const ringA = dataKeyring({ keys: [keyA] })
const ringBA = dataKeyring({ keys: [keyB, keyA] })
const context = 'contacts.email'

describe('field encryption (AES-256-GCM)', () => {
  it('round-trips, with a fresh nonce per value and the key id stored with it', () => {
    const one = encryptValue({ keyring: ringA, plaintext: 'anna@example.com', context })
    const two = encryptValue({ keyring: ringA, plaintext: 'anna@example.com', context })
    expect(one).not.toBe(two)
    expect(one).not.toContain('anna')
    expect(keyIdOf(one)).toBe(ringA.current.id)
    expect(decryptValue({ keyring: ringA, stored: one, context })).toBe('anna@example.com')
    expect(decryptValue({ keyring: ringA, stored: 'Zoë Janssens ✓', context: 'contacts.name' })).toBe('Zoë Janssens ✓')
  })

  it('refuses a value moved to another field, altered, or under a key that is not configured', () => {
    const stored = encryptValue({ keyring: ringA, plaintext: 'anna@example.com', context })
    expect(() => decryptValue({ keyring: ringA, stored, context: 'contacts.name' })).toThrow(/does not decrypt/)
    const body = stored.slice(stored.lastIndexOf('.') + 1)
    const flipped = `${stored.slice(0, stored.lastIndexOf('.') + 1)}${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`
    expect(() => decryptValue({ keyring: ringA, stored: flipped, context })).toThrow(/does not decrypt/)
    const underB = encryptValue({ keyring: dataKeyring({ keys: [keyB] }), plaintext: 'x', context })
    expect(() => decryptValue({ keyring: ringA, stored: underB, context })).toThrow(/not configured/)
    expect(decryptValue({ keyring: ringBA, stored, context })).toBe('anna@example.com')
  })

  it('derives key ids and lookup keys from the key, never the key itself', () => {
    expect(ringBA.keys.map((k) => k.id)).toEqual([dataKeyring({ keys: [keyB] }).current.id, ringA.current.id])
    expect(ringA.current.lookupKey.equals(ringA.current.encryptionKey)).toBe(false)
    expect(ringA.current.encryptionKey.export().equals(Buffer.from(keyA, 'base64'))).toBe(false)
  })

  it('hashes addresses for lookups: case and spaces do not matter, keys and namespaces do', () => {
    const hash = lookupHash({ key: ringA.current, value: ' Anna@Example.com ', namespace: 'email' })
    expect(hash).toBe(lookupHash({ key: ringA.current, value: 'anna@example.com', namespace: 'email' }))
    expect(hash).not.toContain('anna')
    expect(hashKeyIdOf(hash)).toBe(ringA.current.id)
    expect(lookupHash({ key: ringA.current, value: 'anna@example.com', namespace: 'other' })).not.toBe(hash)
    expect(lookupHashes({ keyring: ringBA, value: 'anna@example.com', namespace: 'email' })).toEqual([
      lookupHash({ key: ringBA.keys[0]!, value: 'anna@example.com', namespace: 'email' }),
      hash,
    ])
  })
})

describe('queries on personal fields', () => {
  const fields = [
    { name: 'email', context, lookup: { hashField: 'emailHash', namespace: 'email', unique: true } },
    { name: 'name', context: 'contacts.name' },
  ]
  const hashesOf = (value: string) => lookupHashes({ keyring: ringBA, value, namespace: 'email' })

  it('become exact matches on the hash, under every configured key, inside and/or too', () => {
    expect(rewritePersonalWhere({ where: { email: { equals: 'Anna@example.com' } }, fields, keyring: ringBA })).toEqual({ and: [{ emailHash: { in: hashesOf('anna@example.com') } }] })
    expect(rewritePersonalWhere({ where: { or: [{ email: { like: 'anna@example.com' } }, { status: { equals: 'active' } }] }, fields, keyring: ringBA })).toEqual({
      or: [{ and: [{ emailHash: { in: hashesOf('anna@example.com') } }] }, { status: { equals: 'active' } }],
    })
    expect(rewritePersonalWhere({ where: { email: { in: 'a@example.com,b@example.com' } }, fields, keyring: ringBA })).toEqual({
      and: [{ emailHash: { in: [...hashesOf('a@example.com'), ...hashesOf('b@example.com')] } }],
    })
    expect(rewritePersonalWhere({ where: { email: { not_equals: 'a@example.com' } }, fields, keyring: ringBA })).toEqual({ and: [{ emailHash: { not_in: hashesOf('a@example.com') } }] })
    // Whether a value is there needs no hash: asked of the stored field itself.
    expect(rewritePersonalWhere({ where: { email: { exists: true } }, fields, keyring: ringBA })).toEqual({ email: { exists: true } })
  })

  it('match nothing for a non-address operand (an operator object), and are refused on fields without a lookup or with other operators', () => {
    expect(rewritePersonalWhere({ where: { email: { equals: { $ne: null } } }, fields, keyring: ringBA })).toEqual({ and: [{ emailHash: { in: ['none'] } }] })
    // Beside the query's own `and`, whatever a client made of it (the fuzzer's `where[and][x]…` is an object).
    expect(rewritePersonalWhere({ where: { and: { x: { id: { exists: true } } } as never, email: { equals: 'a@example.com' } }, fields, keyring: ringBA })).toEqual({
      and: [{ and: { x: { id: { exists: true } } } }, { emailHash: { in: hashesOf('a@example.com') } }],
    })
    expect(() => rewritePersonalWhere({ where: { name: { equals: 'Anna' } }, fields, keyring: ringBA })).toThrow()
    expect(() => rewritePersonalWhere({ where: { email: { greater_than: 'a' } }, fields, keyring: ringBA })).toThrow()
  })
})
