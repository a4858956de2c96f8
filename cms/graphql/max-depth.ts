import type { ValidationRule } from 'graphql'

import { limitError } from './limit-error'
import { walkFields } from './walk-fields'

/**
 * Refuses an operation whose fields nest deeper than `max` (fragments expanded, root fields at depth 1): every level
 * of relationships populates more documents, and the admin and the site never need many.
 */
export const maxDepth =
  ({ max }: { max: number }): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      let deepest = 0
      walkFields({ context, operation, initial: null, enter: ({ depth }) => ((deepest = Math.max(deepest, depth)), null) })
      if (deepest > max) context.reportError(limitError({ message: `Query too deep: ${deepest} levels (at most ${max}).`, node: operation }))
    },
  })
