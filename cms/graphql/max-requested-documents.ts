import type { FieldNode, ValidationRule } from 'graphql'

import { limitError } from './limit-error'
import { maxVisitedFields, walkFields, type FieldDefinition } from './walk-fields'

// What Payload reads when a list field is asked without `limit` (its find and join default).
const payloadDefaultLimit = 10

/** The `limit` a field asks for: its literal, its variable's value, the schema default, or Payload's default. 0 or less
 * means "no limit" to Payload, so it counts as unbounded. */
const requestedLimit = ({ field, definition, variables }: { field: FieldNode; definition: FieldDefinition; variables: Record<string, unknown> }): number => {
  const argument = field.arguments?.find((a) => a.name.value === 'limit')
  let value: unknown = definition.args.find((a) => a.name === 'limit')?.defaultValue ?? payloadDefaultLimit
  if (argument?.value.kind === 'IntValue') value = Number.parseInt(argument.value.value, 10)
  else if (argument?.value.kind === 'Variable') value = variables[argument.value.name.value] ?? value
  const limit = Number(value)
  return Number.isFinite(limit) && limit > 0 ? limit : Number.POSITIVE_INFINITY
}

/**
 * Refuses an operation that may read more than `max` documents in total: each field with a `limit` argument (collection
 * lists, versions, joins) reads up to its limit once for every document its parents read, so nested lists multiply.
 * Counted before execution from the query and its variables.
 */
export const maxRequestedDocuments =
  ({ max, variables }: { max: number; variables: Record<string, unknown> | undefined }): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      let total = 0
      const { complete } = walkFields({
        context,
        operation,
        initial: 1,
        enter: ({ field, definition, state }) => {
          if (!definition?.args.some((a) => a.name === 'limit')) return state
          const documents = state * requestedLimit({ field, definition, variables: variables ?? {} })
          total += documents
          return documents
        },
      })
      if (!complete) context.reportError(limitError({ message: `Query too complex: it expands to more than ${maxVisitedFields} fields.`, node: operation }))
      else if (total > max) {
        const count = Number.isFinite(total) ? String(total) : 'unlimited'
        context.reportError(limitError({ message: `Query asks for too many documents: ${count} (at most ${max} per request; lower the limit arguments).`, node: operation }))
      }
    },
  })
