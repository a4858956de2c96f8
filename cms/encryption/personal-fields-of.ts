import type { FlattenedField } from 'payload'

import type { PersonalFieldMarker } from './personal-field'

export type PersonalFieldInfo = PersonalFieldMarker & { name: string }

/** The personal fields of a collection (top level, rows and unnamed tabs included), as personalField marked them. */
export const personalFieldsOf = ({ fields }: { fields: FlattenedField[] }): PersonalFieldInfo[] =>
  fields.flatMap((field) => {
    const marker = (field.custom as { personal?: PersonalFieldMarker } | undefined)?.personal
    return marker ? [{ ...marker, name: field.name }] : []
  })
