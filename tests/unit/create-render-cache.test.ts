import { describe, expect, it } from 'vitest'

import { createRenderCache } from '../../server/create-render-cache'

const page = (text: string) => ({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from(text) })

describe('createRenderCache', () => {
  it('stores and serves a page rendered under the current generation', () => {
    const cache = createRenderCache()
    cache.set({ key: '/nl/', page: page('hallo'), renderedAt: cache.generation() })
    expect(cache.get('/nl/')?.body.toString()).toBe('hallo')
  })

  it('drops a render that raced an invalidation', () => {
    const cache = createRenderCache()
    const renderedAt = cache.generation()
    cache.invalidate()
    cache.set({ key: '/nl/', page: page('stale'), renderedAt })
    expect(cache.get('/nl/')).toBeUndefined()
  })

  it('empties when the committed version changes, not when it stays', () => {
    const cache = createRenderCache()
    cache.setVersion(3)
    cache.set({ key: '/nl/', page: page('v3'), renderedAt: cache.generation() })
    cache.setVersion(3)
    expect(cache.get('/nl/')).toBeDefined()
    cache.setVersion(4)
    expect(cache.get('/nl/')).toBeUndefined()
  })

  it('evicts the least recently used page beyond its bounds', () => {
    const cache = createRenderCache({ maxEntries: 2 })
    const g = cache.generation()
    cache.set({ key: '/a', page: page('a'), renderedAt: g })
    cache.set({ key: '/b', page: page('b'), renderedAt: g })
    cache.get('/a')
    cache.set({ key: '/c', page: page('c'), renderedAt: g })
    expect([cache.get('/a'), cache.get('/b'), cache.get('/c')].map((p) => p?.body.toString())).toEqual(['a', undefined, 'c'])
  })

  it('lets a page age out, because pages also change with time (effective dates, notices)', () => {
    const cache = createRenderCache({ maxAgeMs: 1000 })
    cache.set({ key: '/nl/privacy', page: page('v1'), renderedAt: cache.generation() })
    expect(cache.get('/nl/privacy', Date.now() + 500)).toBeDefined()
    expect(cache.get('/nl/privacy', Date.now() + 1500)).toBeUndefined()
  })

  it('keeps within its byte budget', () => {
    const cache = createRenderCache({ maxBytes: 40 })
    const g = cache.generation()
    for (let i = 0; i < 10; i++) cache.set({ key: `/${i}`, page: page('x'.repeat(5)), renderedAt: g })
    expect(cache.size()).toBe(8)
    expect(cache.get('/0')).toBeUndefined()
    expect(cache.get('/9')).toBeDefined()
    // One page may take at most an eighth of the budget.
    cache.set({ key: '/big', page: page('x'.repeat(6)), renderedAt: g })
    expect(cache.get('/big')).toBeUndefined()
  })
})
