import { EventEmitter } from 'node:events'

import type { PayloadRequest } from 'payload'

/**
 * Published pages are served from a render cache (server/create-render-cache.ts). Any change that can alter a
 * rendered page bumps a version stored in the database — so every process sharing the database notices — and tells
 * this process at once.
 */
// On globalThis: the site's build bundles its own copy of this module, and both copies must share one emitter.
const shared = globalThis as typeof globalThis & { __myPluginRenderEvents?: EventEmitter }
export const renderEvents = (shared.__myPluginRenderEvents ??= new EventEmitter())

export const bumpRenderVersion = async ({ req }: { req: PayloadRequest }): Promise<void> => {
  const current = (await req.payload.findGlobal({ slug: 'render-state', req, overrideAccess: true, depth: 0 })) as { version?: number }
  const version = (current.version ?? 0) + 1
  await req.payload.updateGlobal({ slug: 'render-state', data: { version }, req, overrideAccess: true, depth: 0 })
  renderEvents.emit('invalidate', version)
}

export const readRenderVersion = async ({ payload }: { payload: PayloadRequest['payload'] }): Promise<number> => {
  const state = (await payload.findGlobal({ slug: 'render-state', overrideAccess: true, depth: 0 })) as { version?: number }
  return state.version ?? 0
}
