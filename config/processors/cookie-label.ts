import type { CookieSpec } from './processor-types'

/** How a cookie or storage key is named in the banner's tables and the cookie policy: `_ga_…`, `hjViewportId (sessionStorage)`. */
export const cookieLabel = (spec: Pick<CookieSpec, 'name' | 'prefix' | 'kind'>): string => `${spec.name}${spec.prefix ? '…' : ''}${spec.kind ? ` (${spec.kind})` : ''}`
