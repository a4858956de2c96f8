import { QueryError, type Where } from 'payload'

import type { DataKeyring } from './data-keyring'
import { lookupHashes } from './lookup-hashes'
import type { PersonalFieldInfo } from './personal-fields-of'

// Matches no stored hash (real ones start with "h1."): the answer to a lookup by something that is not an address.
const noMatch = 'none'

const valuesOf = (operand: unknown): string[] => {
  if (Array.isArray(operand)) return operand.filter((v): v is string => typeof v === 'string')
  // REST sends `in` as "a,b".
  if (typeof operand === 'string') return operand.split(',')
  return []
}

/**
 * Personal fields hold ciphertext, so a query cannot compare them. A lookup field (an address) is found through its
 * keyed hash instead: equals, in, like and contains become an exact match on the hash (the admin's search box too),
 * their negations a non-match; every other personal field, and any other operator, is refused (400) rather than
 * silently matching nothing.
 */
export const rewritePersonalWhere = ({ where, fields, keyring }: { where: Where; fields: PersonalFieldInfo[]; keyring: DataKeyring }): Where => {
  const byName = new Map(fields.map((f) => [f.name, f]))
  const walk = (node: Where): Where => {
    const out: Where = {}
    // The hash conditions go beside the rest, never into the query's own `and` (which may be anything a client sent).
    const hashed: Where[] = []
    for (const [key, constraint] of Object.entries(node)) {
      if ((key === 'and' || key === 'or') && Array.isArray(constraint)) {
        out[key] = (constraint as Where[]).map((child) => (child && typeof child === 'object' ? walk(child) : child))
        continue
      }
      const field = byName.get(key)
      if (!field) {
        out[key] = constraint
        continue
      }
      if (!constraint || typeof constraint !== 'object') throw new QueryError([{ path: key }])
      const operators = Object.keys(constraint)
      // Whether a value is there is the same question of ciphertext as of plaintext: asked of any personal field.
      if (operators.length > 0 && operators.every((o) => o === 'exists')) {
        out[key] = constraint
        continue
      }
      if (!field.lookup) throw new QueryError([{ path: key }])
      const hashField = field.lookup.hashField
      const hashes = (operand: unknown) => {
        const found = valuesOf(operand).flatMap((value) => lookupHashes({ keyring, value, namespace: field.lookup?.namespace ?? '' }))
        return found.length > 0 ? found : [noMatch]
      }
      const rewritten: Where[] = []
      for (const [operator, operand] of Object.entries(constraint as Record<string, unknown>)) {
        if (operator === 'equals' || operator === 'like' || operator === 'contains' || operator === 'in') {
          rewritten.push({ [hashField]: { in: hashes(typeof operand === 'string' && operator !== 'in' ? [operand] : operand) } })
        } else if (operator === 'not_equals' || operator === 'not_in' || operator === 'not_like') {
          rewritten.push({ [hashField]: { not_in: hashes(typeof operand === 'string' && operator !== 'not_in' ? [operand] : operand) } })
        } else if (operator === 'exists') {
          rewritten.push({ [hashField]: { exists: operand } })
        } else {
          throw new QueryError([{ path: key }])
        }
      }
      hashed.push(...rewritten)
    }
    if (hashed.length === 0) return out
    return Object.keys(out).length === 0 ? { and: hashed } : { and: [out, ...hashed] }
  }
  return walk(where)
}
