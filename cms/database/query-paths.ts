import type { Sort, Where } from 'payload'

const combinators = new Set(['and', 'or', 'AND', 'OR'])

/** Every field path a where clause and a sort name (`meta.image.alt`), split into segments. */
export const queryPaths = ({ where, sort }: { where?: Where | null; sort?: Sort | null }): string[][] => {
  const paths: string[][] = []
  const walk = (clause: unknown) => {
    if (!clause || typeof clause !== 'object') return
    for (const [key, value] of Object.entries(clause)) {
      if (combinators.has(key)) {
        if (Array.isArray(value)) value.forEach(walk)
      } else paths.push(key.split('.'))
    }
  }
  walk(where)
  const sorts = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : []
  for (const name of sorts) if (typeof name === 'string' && name.trim()) paths.push(name.trim().replace(/^-/, '').split('.'))
  return paths
}
