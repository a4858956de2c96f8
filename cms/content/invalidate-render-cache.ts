import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { saveKindOf } from '../audit'
import { bumpRenderVersion } from './render-version'

/** A draft save or autosave changes nothing visitors see; everything else that reaches the site invalidates pages. */
export const invalidateOnChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (saveKindOf(req.context).draft) return doc
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
