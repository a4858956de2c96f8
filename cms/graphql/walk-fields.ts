import type { FieldNode, FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode, ValidationContext } from 'graphql'

/** The slice of graphql-js's field and type objects the walk reads (duck-typed: see `fieldsOf`). */
export type FieldDefinition = { name: string; type: unknown; args: readonly { name: string; defaultValue?: unknown }[] }
type FieldMap = Record<string, FieldDefinition>

// Past this many visited fields the walk stops and the query is refused: fragments spread inside fragments multiply
// (a dozen of them can expand to millions of fields), so the walk itself must have a ceiling.
export const maxVisitedFields = 5_000

/*
 * Duck-typed on purpose: graphql-js's isObjectType() is an instanceof check, and the schema Payload builds may come
 * from another copy of the graphql module than the one this file imports.
 */
const fieldsOf = (type: unknown): FieldMap | undefined =>
  type !== null && typeof type === 'object' && 'getFields' in type && typeof type.getFields === 'function' ? (type.getFields() as FieldMap) : undefined

const namedTypeOf = (type: unknown): unknown => {
  let current = type
  while (current !== null && typeof current === 'object' && 'ofType' in current && current.ofType) current = current.ofType
  return current
}

const rootTypeOf = ({ context, operation }: { context: ValidationContext; operation: OperationDefinitionNode }): unknown => {
  const schema = context.getSchema()
  if (operation.operation === 'mutation') return schema.getMutationType()
  if (operation.operation === 'subscription') return schema.getSubscriptionType()
  return schema.getQueryType()
}

export type FieldVisit<S> = { field: FieldNode; definition: FieldDefinition | undefined; depth: number; state: S }

/**
 * Walks an operation's fields as they would execute: fragments and inline fragments expanded (a fragment already on
 * the current path is skipped: the spec's NoFragmentCycles rule reports it), each field with its schema definition
 * (undefined for unknown fields: other rules report those), its depth (root fields are 1) and the state its parent
 * passed down. `enter` returns the state for the field's own selections. Resolves `complete: false` when the walk
 * hit `maxVisitedFields`.
 */
export const walkFields = <S>({
  context,
  operation,
  initial,
  enter,
}: {
  context: ValidationContext
  operation: OperationDefinitionNode
  initial: S
  enter: (visit: FieldVisit<S>) => S
}): { complete: boolean } => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition)
  }
  const schema = context.getSchema()
  let visited = 0

  const walk = ({ selectionSet, parentType, depth, state, path }: { selectionSet: SelectionSetNode; parentType: unknown; depth: number; state: S; path: ReadonlySet<string> }): boolean => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        visited += 1
        if (visited > maxVisitedFields) return false
        const definition = fieldsOf(parentType)?.[selection.name.value]
        const childState = enter({ field: selection, definition, depth, state })
        if (selection.selectionSet) {
          const complete = walk({ selectionSet: selection.selectionSet, parentType: namedTypeOf(definition?.type), depth: depth + 1, state: childState, path })
          if (!complete) return false
        }
      } else if (selection.kind === 'InlineFragment') {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType
        if (!walk({ selectionSet: selection.selectionSet, parentType: type, depth, state, path })) return false
      } else {
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (!fragment || path.has(name)) continue
        const type = schema.getType(fragment.typeCondition.name.value)
        if (!walk({ selectionSet: fragment.selectionSet, parentType: type, depth, state, path: new Set([...path, name]) })) return false
      }
    }
    return true
  }

  return { complete: walk({ selectionSet: operation.selectionSet, parentType: rootTypeOf({ context, operation }), depth: 1, state: initial, path: new Set() }) }
}
