import type { CollectionBeforeOperationHook } from 'payload'

export type SaveKind = { draft: boolean; autosave: boolean; liveStatusBefore?: string }

/**
 * Payload's REST, GraphQL and Local API describe a draft save or an autosave differently (query strings, booleans,
 * arguments). The operation's own arguments are the one answer all doors share: remember them, and the live
 * document's status before the change, for the audit trail and the render cache.
 */
export const rememberSaveKind: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'update' && operation !== 'create') return args
  const a = args as { draft?: boolean; autosave?: boolean; id?: string | number }
  const kind: SaveKind = { draft: a.draft === true, autosave: a.autosave === true }
  if (operation === 'update' && a.id !== undefined && collection.versions?.drafts) {
    const live = await req.payload
      .findByID({ collection: collection.slug as 'pages', id: a.id, draft: false, depth: 0, overrideAccess: true, req, select: { _status: true } as never })
      .catch(() => undefined)
    kind.liveStatusBefore = (live as { _status?: string } | undefined)?._status
  }
  req.context.saveKind = kind
  return args
}

export const saveKindOf = (context: Record<string, unknown>): SaveKind => (context.saveKind as SaveKind | undefined) ?? { draft: false, autosave: false }
