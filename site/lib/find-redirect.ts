import { loadRedirectTable, type RedirectTarget } from './content'
import { isSystemPath } from '../../config/system-paths'
import { normaliseSitePath } from './redirect-table'

/**
 * How long a loaded redirect table is trusted. Every request that reaches Astro asks for it (also 404s, which are
 * never cached), so it is read from the database at most every two seconds per process.
 */
const redirectTableTtlMs = 2_000
let redirectTable: { loadedAt: number; table: Promise<Map<string, RedirectTarget>> } | undefined

/** The redirect for a site path (`/nl/oude-pagina`), or undefined. The table is cached for ~2 s per process. */
export const findRedirect = async ({ path }: { path: string }): Promise<RedirectTarget | undefined> => {
  // Pages that carry a visitor's token (and the CMS, assets, health checks) are never redirected, whatever is stored.
  if (isSystemPath({ path })) return undefined
  const now = Date.now()
  if (!redirectTable || now - redirectTable.loadedAt > redirectTableTtlMs) {
    const table = loadRedirectTable()
    redirectTable = { loadedAt: now, table }
    // A failed load must not be cached for two seconds' worth of requests.
    table.catch(() => {
      if (redirectTable?.table === table) redirectTable = undefined
    })
  }
  const table = await redirectTable.table
  return table.get(normaliseSitePath(path))
}
