import { isOffSiteUrl } from '../../config/is-off-site-url'
import { defaultLocale, locales, type Locale } from '../../config/locales'
import { isSystemPath } from '../../config/system-paths'

/** A redirect as the CMS stores it (the redirects plugin's collection, read at depth 0). */
export type RedirectRecord = {
  from: string
  to?: {
    type?: 'reference' | 'custom' | null
    reference?: { relationTo: 'pages'; value: number | { id: number } } | null
    url?: string | null
  }
  type: '301' | '302'
}

export type RedirectTarget = { location: string; status: 301 | 302; /** The target is another site. */ offSite: boolean }

/** "/nl/oude-pagina/" and "/nl/oude-pagina" are the same source; the CMS stores it without the trailing slash. */
export const normaliseSitePath = (path: string): string => {
  const withSlash = path.startsWith('/') ? path : `/${path}`
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, '') || '/' : withSlash
}

const localeOf = (path: string): Locale => {
  const first = path.split('/')[1]
  return (locales as readonly string[]).includes(first ?? '') ? (first as Locale) : defaultLocale
}

// Anything else (javascript:, data:, protocol-relative //host) is never sent as a Location.
const isSafeTarget = (url: string) => /^(https?:\/\/[^\s]+|\/(?!\/)[^\s]*)$/.test(url)

/**
 * Source path → where it goes. A reference follows the page's path in the language of the source (`/fr/…` goes to
 * the French page); a reference whose page is not published (absent from pagePaths) is left out, so the old path
 * answers 404 instead of redirecting to one.
 */
export const buildRedirectTable = ({
  redirects,
  pagePaths,
}: {
  redirects: RedirectRecord[]
  /** Published pages by id: their path in each locale that has a slug. */
  pagePaths: Map<string, Partial<Record<Locale, string>>>
}): Map<string, RedirectTarget> => {
  const table = new Map<string, RedirectTarget>()
  for (const redirect of redirects) {
    if (!redirect.from) continue
    const from = normaliseSitePath(redirect.from.trim())
    // The CMS refuses these on save; one stored before that rule (or written past it) is still never followed.
    if (isSystemPath({ path: from })) continue
    let location: string | undefined
    if (redirect.to?.type === 'custom') {
      const url = redirect.to.url?.trim()
      location = url && isSafeTarget(url) ? url : undefined
    } else {
      const value = redirect.to?.reference?.value
      const id = typeof value === 'object' && value !== null ? value.id : value
      location = id === undefined ? undefined : pagePaths.get(String(id))?.[localeOf(from)]
    }
    if (!location || normaliseSitePath(location) === from) continue
    table.set(from, { location, status: redirect.type === '302' ? 302 : 301, offSite: isOffSiteUrl({ url: location }) })
  }
  return table
}

/**
 * The Location a visitor is sent to. An internal target keeps the visitor's query string (campaign parameters survive
 * a moved page) unless it has one of its own; another site never gets it, as it may carry a personal token.
 */
export const redirectLocation = ({ target, search }: { target: RedirectTarget; search: string }): string =>
  target.offSite || !search || target.location.includes('?') ? target.location : `${target.location}${search}`
