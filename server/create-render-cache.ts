export type CachedPage = { status: number; headers: Record<string, string | string[]>; body: Buffer }
type Entry = CachedPage & { storedAt: number }

/**
 * Whole rendered pages by path, bounded (entries and bytes, least recently used out first). A page goes in only if it
 * was rendered entirely under the current content version, so a render racing a publish never gets stored.
 */
export const createRenderCache = ({
  maxEntries = 1000,
  maxBytes = 64 * 1024 * 1024,
  maxAgeMs = 60_000,
}: { maxEntries?: number; maxBytes?: number; maxAgeMs?: number } = {}) => {
  // Pages also change with time alone (a policy's effective date, a notice's end date): no page is older than maxAgeMs.
  const entries = new Map<string, Entry>()
  let bytes = 0
  let version = 0
  // Bumped by every invalidation; a render stores its page only if no invalidation happened while it ran.
  let generation = 0
  const drop = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.body.length
    entries.delete(key)
  }
  const invalidate = () => {
    generation++
    entries.clear()
    bytes = 0
  }
  return {
    generation: () => generation,
    /** Empties the cache now (a change in this process; its transaction may not be committed yet). */
    invalidate,
    /**
     * The committed content version read from the database: a new one empties the cache (publishing anything can
     * change any page: menus, links, footers), also when the change was made by another process.
     */
    setVersion: (next: number) => {
      if (next === version) return
      version = next
      invalidate()
    },
    get: (key: string, now = Date.now()): CachedPage | undefined => {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (now - entry.storedAt > maxAgeMs) {
        drop(key)
        return undefined
      }
      entries.delete(key)
      entries.set(key, entry)
      return entry
    },
    set: ({ key, page, renderedAt }: { key: string; page: CachedPage; renderedAt: number }) => {
      if (renderedAt !== generation || page.body.length > maxBytes / 8) return
      drop(key)
      entries.set(key, { ...page, storedAt: Date.now() })
      bytes += page.body.length
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break
        drop(oldest)
      }
    },
    size: () => entries.size,
  }
}

export type RenderCache = ReturnType<typeof createRenderCache>
