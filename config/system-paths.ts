/**
 * Paths the site and server answer themselves: pages that carry a person's token in their query string (preferences,
 * newsletter confirmation, unsubscribe), the legal and consent pages, the CMS, assets, health checks and crawler
 * files. A redirect from one of them would hand those tokens to wherever it points (and a 301 is remembered by
 * browsers), so no redirect may start at one, with or without a language prefix.
 */
export const systemPaths = [
  'preferences',
  'newsletter/confirm',
  'trial/verify',
  'unsubscribe',
  'privacy',
  'cookies',
  'consent',
  'api',
  'admin',
  '_astro',
  '_next',
  '__nextjs',
  'healthz',
  'readyz',
  'sitemap.xml',
  'robots.txt',
] as const

// Any two-letter language prefix (with an optional region), not only the site's three: a later language or a
// misspelt one must not open a way round the list.
const languagePrefix = /^\/[a-z]{2}(?:-[a-z]{2})?(?=\/)/

const decoded = (path: string): string => {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** True when a site path ("/nl/preferences", "/admin/x", "/en/privacy/3") is, or lies under, a system path. */
export const isSystemPath = ({ path }: { path: string }): boolean => {
  const trimmed = decoded(path.trim()).toLowerCase().split(/[?#]/)[0] ?? ''
  const withSlash = (trimmed.startsWith('/') ? trimmed : `/${trimmed}`).replace(/\/{2,}/g, '/').replace(/\/+$/, '')
  const candidates = [withSlash, withSlash.replace(languagePrefix, '')]
  return candidates.some((p) => systemPaths.some((s) => p === `/${s}` || p.startsWith(`/${s}/`)))
}
