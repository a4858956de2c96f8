import type { Payload, Where } from 'payload'

import { keyIdOf } from './encrypted-value-format'
import { keyringOf } from './keyring-of'
import { personalCollections } from './personal-collections'

export type UnreadableData = { collection: string; field: string; count: number; keyId: string }

/**
 * Stored values encrypted under a key that is not configured: what a wrong or missing DATA_ENCRYPTION_KEY (or a
 * previous key dropped before its rotation finished) would leave unreadable. Asked before the server listens. Text
 * fields only: they are indexed by the database's own LIKE, and every person has one (a contact's address).
 */
export const findUnreadableData = async ({ payload }: { payload: Payload }): Promise<UnreadableData[]> => {
  const keyring = keyringOf(payload)
  const found: UnreadableData[] = []
  for (const { slug, fields, types } of personalCollections({ payload })) {
    for (const field of fields) {
      if (types.get(field.name) === 'json') continue
      const where: Where = { and: [{ [field.name]: { like: 'enc1.' } }, ...keyring.keys.map((key) => ({ [field.name]: { not_like: `enc1.${key.id}.` } }))] }
      const { totalDocs } = await payload.db.count({ collection: slug, where })
      if (totalDocs === 0) continue
      const sample = await payload.db.findOne<Record<string, unknown> & { id: string | number }>({ collection: slug, where })
      found.push({ collection: slug, field: field.name, count: totalDocs, keyId: keyIdOf(sample?.[field.name]) ?? 'unknown' })
    }
  }
  return found
}
