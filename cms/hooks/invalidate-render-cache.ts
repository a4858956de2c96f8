import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { bumpRenderVersion } from './render-version'

/** A draft save changes nothing visitors see; everything else that reaches the site invalidates rendered pages. */
export const invalidateOnChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const status = (doc as { _status?: string })._status
  const before = (previousDoc as { _status?: string } | undefined)?._status
  if (status === 'draft' && before !== 'published') return doc
  if (status === 'draft' && req.query?.draft === 'true') return doc
  await bumpRenderVersion({ req })
  return doc
}

export const invalidateOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await bumpRenderVersion({ req })
  return doc
}

export const invalidateOnGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await bumpRenderVersion({ req })
  return doc
}
