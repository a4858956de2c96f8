import type { Where } from 'payload'

const combinators = new Set(['and', 'or', 'AND', 'OR'])

/** Every operator a where clause applies, with the field path it applies to (`{ slug: { near: … } }` → slug, near). */
export const queryOperators = ({ where }: { where?: Where | null }): { path: string; operator: string }[] => {
  const found: { path: string; operator: string }[] = []
  const walk = (clause: unknown) => {
    if (!clause || typeof clause !== 'object') return
    for (const [key, value] of Object.entries(clause)) {
      if (combinators.has(key)) {
        if (Array.isArray(value)) value.forEach(walk)
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const operator of Object.keys(value)) found.push({ path: key, operator })
      }
    }
  }
  walk(where)
  return found
}
