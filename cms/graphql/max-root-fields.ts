import type { ValidationRule } from 'graphql'

import { limitError } from './limit-error'
import { walkFields } from './walk-fields'

/**
 * Refuses an operation with more than `max` root fields (fragments expanded): each root field is a separate database
 * query, and aliasing one field hundreds of times is the cheapest way to make one request do hundreds of queries.
 */
export const maxRootFields =
  ({ max }: { max: number }): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      let count = 0
      walkFields({ context, operation, initial: null, enter: ({ depth }) => ((count += depth === 1 ? 1 : 0), null) })
      if (count > max) context.reportError(limitError({ message: `Too many root fields: ${count} (at most ${max} per request).`, node: operation }))
    },
  })
