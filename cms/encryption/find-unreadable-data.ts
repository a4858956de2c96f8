import type { CollectionSlug, Payload, Where } from 'payload'

import { keyIdOf } from './encrypted-value-format'
import { keyringOf } from './keyring-of'
import { personalCollections } from './personal-collections'

export type UnreadableData = { collection: string; field: string; count: number; keyId: string }

/**
 * Stored values encrypted under a key that is not configured: what a wrong or missing DATA_ENCRYPTION_KEY (or a
 * previous key dropped before its rotation finished) would leave unreadable. Asked before the server listens. Text
 * fields only: they are indexed by the database's own LIKE, and every person has one (a contact's address).
 */
/** The key id of one value under an unconfigured key (the failure path: a bounded scan is fine). */
const unknownKeyId = async ({ payload, slug, field, known }: { payload: Payload; slug: CollectionSlug; field: string; known: Map<string, unknown> }): Promise<string> => {
  for (let page = 1; page <= 20; page++) {
    const { docs } = await payload.db.find<Record<string, unknown> & { id: string | number }>({ collection: slug, where: { [field]: { like: 'enc1.' } }, limit: 500, page, sort: 'id' })
    for (const doc of docs) {
      const id = keyIdOf(doc[field])
      if (id && !known.has(id)) return id
    }
    if (docs.length < 500) break
  }
  return 'unknown'
}

export const findUnreadableData = async ({ payload }: { payload: Payload }): Promise<UnreadableData[]> => {
  const keyring = keyringOf(payload)
  const found: UnreadableData[] = []
  for (const { slug, fields, types } of personalCollections({ payload })) {
    for (const field of fields) {
      if (types.get(field.name) === 'json') continue
      // Only `like` (contains) behaves alike on SQLite and MongoDB: encrypted values minus those under a known key.
      const count = async (where: Where) => (await payload.db.count({ collection: slug, where })).totalDocs
      const encrypted = await count({ [field.name]: { like: 'enc1.' } })
      let known = 0
      for (const key of keyring.keys) known += await count({ [field.name]: { like: `enc1.${key.id}.` } })
      if (encrypted - known <= 0) continue
      found.push({ collection: slug, field: field.name, count: encrypted - known, keyId: await unknownKeyId({ payload, slug, field: field.name, known: keyring.byId }) })
    }
  }
  return found
}
