import type { Where } from 'payload'

const combinators = new Set(['and', 'or', 'AND', 'OR'])

export type QueryCondition = { path: string; operator: string; value: unknown }

/** Every condition of a where clause: field path, operator and value (`{ slug: { near: 'x' } }` → slug, near, 'x'). */
export const queryOperators = ({ where }: { where?: Where | null }): QueryCondition[] => {
  const found: QueryCondition[] = []
  const walk = (clause: unknown) => {
    if (!clause || typeof clause !== 'object') return
    for (const [key, value] of Object.entries(clause)) {
      if (combinators.has(key)) {
        if (Array.isArray(value)) value.forEach(walk)
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [operator, operand] of Object.entries(value)) found.push({ path: key, operator, value: operand })
      }
    }
  }
  walk(where)
  return found
}
