import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'

// Payload's auth mutations (`loginUser`, `forgotPasswordUser`, …): what brute force and address probing aim at, like
// the REST credential paths.
const credentialMutation = /^(login|forgotPassword|resetPassword|unlock|refreshToken|verifyEmail)[A-Z]/

// Enough for any real operation; a longer document is left to Payload, which refuses it under its own limits.
const maxTokens = 5_000

/*
 * Fragments spread twice inside fragments double at each level: twenty of them expand to a million fields, and
 * Payload's own complexity rule walks them all (4 s of a frozen process) before our validation rules can refuse. So
 * the expansion is counted here, with a ceiling, before Payload sees the document. Matches cms/graphql's field ceiling.
 */
export const maxExpandedFields = 5_000

export type GraphqlScan = { credentialFields: number; tooComplex: boolean }

/**
 * Reads a GraphQL document the way it would execute, fragments expanded. `credentialFields`: credential mutation
 * fields, each alias counted (`a: loginUser(…) b: loginUser(…)` is two sign-in attempts). `tooComplex`: the expansion
 * passed `maxExpandedFields`, or never ends (a fragment spread inside itself).
 * A document that does not parse is left to Payload, which refuses it before anything runs.
 */
export const scanGraphqlDocument = ({ query }: { query: string }): GraphqlScan => {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens, noLocation: true })
  } catch {
    return { credentialFields: 0, tooComplex: false }
  }
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])))
  let expanded = 0
  let credentialFields = 0
  // Resolves false as soon as the ceiling is passed, so the walk itself stays cheap.
  const walk = ({ selectionSet, path, root }: { selectionSet: SelectionSetNode; path: ReadonlySet<string>; root: boolean }): boolean => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if ((expanded += 1) > maxExpandedFields) return false
        if (root && credentialMutation.test(selection.name.value)) credentialFields += 1
        if (selection.selectionSet && !walk({ selectionSet: selection.selectionSet, path, root: false })) return false
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!walk({ selectionSet: selection.selectionSet, path, root })) return false
      } else {
        const fragment = fragments.get(selection.name.value)
        if (!fragment) continue
        // A fragment that spreads itself expands without end: Payload's complexity rule recurses into it until the
        // stack overflows (a 500), before graphql-js's NoFragmentCycles could refuse it.
        if (path.has(selection.name.value)) return false
        if (!walk({ selectionSet: fragment, path: new Set([...path, selection.name.value]), root })) return false
      }
    }
    return true
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    // Only mutation root fields sign in; queries are walked for their size alone.
    const complete = walk({ selectionSet: definition.selectionSet, path: new Set(), root: definition.operation === 'mutation' })
    if (!complete) return { credentialFields, tooComplex: true }
  }
  return { credentialFields, tooComplex: false }
}
