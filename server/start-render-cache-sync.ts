import type { Payload } from 'payload'
import type { Logger } from 'pino'

import { readRenderVersion, renderEvents } from '../cms/content'
import type { RenderCache } from './create-render-cache'

/**
 * Keeps the render cache honest: a change in this process empties it at once; the committed version in the database
 * (polled) catches changes made by other instances, and the moment this process's own change is committed.
 */
export const startRenderCacheSync = async ({ payload, cache, pollMs, logger }: { payload: Payload; cache: RenderCache; pollMs: number; logger: Logger }) => {
  cache.setVersion(await readRenderVersion({ payload }))
  const onInvalidate = () => cache.invalidate()
  renderEvents.on('invalidate', onInvalidate)
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    readRenderVersion({ payload })
      .then((version) => cache.setVersion(version))
      .catch((err) => logger.warn({ err }, 'could not read the render version'))
      .finally(() => (running = false))
  }, pollMs)
  timer.unref()
  return {
    stop: () => {
      clearInterval(timer)
      renderEvents.off('invalidate', onInvalidate)
    },
  }
}
