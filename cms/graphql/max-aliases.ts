import type { ValidationRule } from 'graphql'

import { limitError } from './limit-error'
import { walkFields } from './walk-fields'

/**
 * Refuses an operation with more than `max` aliased fields (fragments expanded). Aliases are what let one request
 * repeat the same expensive field (or the same sign-in mutation) many times; ordinary queries need one or two.
 */
export const maxAliases =
  ({ max }: { max: number }): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      let count = 0
      walkFields({ context, operation, initial: null, enter: ({ field }) => ((count += field.alias ? 1 : 0), null) })
      if (count > max) context.reportError(limitError({ message: `Too many aliases: ${count} (at most ${max} per request).`, node: operation }))
    },
  })
