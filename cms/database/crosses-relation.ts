import type { FlattenedField } from 'payload'

/**
 * True when a query path (`meta.image.alt`, `layout.cta.page.slug`) reaches into the fields of a related document.
 * The SQL adapter builds such joins wrongly inside localized groups and blocks (a failed query: a 500 anyone can
 * trigger), and nothing we build needs them: a relation is queried by its id (`image`, `image.id`; polymorphic
 * `to.reference.value`, `.relationTo`). Unknown names answer false: Payload refuses those itself, with a 400.
 */
export const crossesRelation = ({ fields, path, locales }: { fields: FlattenedField[]; path: string[]; locales: readonly string[] }): boolean => {
  const [name, ...rest] = path
  if (name === undefined) return false
  const field = fields.find((f) => 'name' in f && f.name === name)
  // A localized field may be addressed in one language (`title.fr`).
  if (!field) return locales.includes(name) ? crossesRelation({ fields, path: rest, locales }) : false
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      const inner = rest.filter((segment) => !locales.includes(segment))
      if (inner.length === 0) return false
      if (Array.isArray(field.relationTo)) return !(inner.length === 1 && (inner[0] === 'value' || inner[0] === 'relationTo'))
      return !(inner.length === 1 && inner[0] === 'id')
    }
    case 'group':
    case 'tab':
    case 'array':
      return crossesRelation({ fields: field.flattenedFields, path: rest, locales })
    case 'blocks':
      return field.blocks.some((block) => crossesRelation({ fields: block.flattenedFields, path: rest, locales }))
    default:
      return false
  }
}
