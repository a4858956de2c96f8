import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'

// Payload's auth mutations (`loginUser`, `forgotPasswordUser`, …): what brute force and address probing aim at, like
// the REST credential paths.
const credentialMutation = /^(login|forgotPassword|resetPassword|unlock|refreshToken|verifyEmail)[A-Z]/

// Enough for any real operation; a longer document is not worth parsing here (Payload refuses it on its own).
const maxTokens = 5_000

/**
 * How many credential mutation fields a GraphQL document holds: each alias counts (`a: loginUser(…) b: loginUser(…)`
 * is two sign-in attempts), fragments spread at the root of a mutation included. A document that does not parse
 * counts 0: Payload refuses it before anything runs.
 */
export const countCredentialFields = ({ query }: { query: string }): number => {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens, noLocation: true })
  } catch {
    return 0
  }
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])))
  // A fragment already on the path is not expanded again (cycles are refused by Payload's validation anyway).
  const count = ({ selectionSet, path }: { selectionSet: SelectionSetNode; path: ReadonlySet<string> }): number =>
    selectionSet.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + (credentialMutation.test(selection.name.value) ? 1 : 0)
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count({ selectionSet: selection.selectionSet, path })
      const fragment = fragments.get(selection.name.value)
      if (!fragment || path.has(selection.name.value)) return sum
      return sum + count({ selectionSet: fragment, path: new Set([...path, selection.name.value]) })
    }, 0)
  return document.definitions.reduce(
    (sum, d) => sum + (d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation' ? count({ selectionSet: d.selectionSet, path: new Set() }) : 0),
    0,
  )
}
