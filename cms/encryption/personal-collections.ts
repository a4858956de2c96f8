import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { personalFieldsOf, type PersonalFieldInfo } from './personal-fields-of'

export type PersonalCollection = { slug: CollectionSlug; fields: PersonalFieldInfo[]; types: Map<string, FlattenedField['type']> }

/** Every collection with personal fields, and those fields: what the key check and the rotation walk. */
export const personalCollections = ({ payload }: { payload: Payload }): PersonalCollection[] =>
  Object.values(payload.collections).flatMap(({ config }) => {
    const fields = personalFieldsOf({ fields: config.flattenedFields })
    return fields.length > 0 ? [{ slug: config.slug as CollectionSlug, fields, types: new Map(config.flattenedFields.map((f) => [f.name, f.type])) }] : []
  })
