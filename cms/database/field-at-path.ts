import type { FlattenedField } from 'payload'

/**
 * The field a query path names (`createdAt`, `subscriptions.confirmedAt`, `title.fr`), through groups, tabs, arrays
 * and blocks (the first block that has it); undefined when no field has that name.
 */
export const fieldAtPath = ({ fields, path, locales }: { fields: FlattenedField[]; path: string[]; locales: readonly string[] }): FlattenedField | undefined => {
  const [name, ...rest] = path
  if (name === undefined) return undefined
  const field = fields.find((f) => 'name' in f && f.name === name)
  if (!field) return undefined
  const inner = rest.filter((segment) => !locales.includes(segment))
  if (inner.length === 0) return field
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      return fieldAtPath({ fields: field.flattenedFields, path: inner, locales })
    case 'blocks':
      for (const block of field.blocks) {
        const found = fieldAtPath({ fields: block.flattenedFields, path: inner, locales })
        if (found) return found
      }
      return undefined
    default:
      return undefined
  }
}
