import { buildHead, type Head } from './build-head'
import { findGlobals, isLocale, type Locale, type PolicyKind, type SiteGlobals } from './content'
import { policyPageMeta } from './policy-page-meta'
import { resolvePolicyRoute, type PolicyRoute } from './policy-route'

export type PolicyPageLoad =
  | { rewrite: string }
  | {
      rewrite?: undefined
      kind: PolicyKind
      locale: Locale
      route: Exclude<PolicyRoute, { view: 'not-found' }>
      globals: SiteGlobals
      head: Head
      alternates: Partial<Record<Locale, string>>
    }

/**
 * What every policy page (/{lang}/privacy/…, /{lang}/cookies/…) does before it renders: resolve the route (the
 * version in force, /archive, /compare?from=&to=, /{id}) and the globals, set the status and the caching and
 * indexing headers, build the head. A rewrite to the 404 page for an unknown language or version.
 */
export const loadPolicyPage = async ({
  kind,
  params,
  url,
  response,
}: {
  kind: PolicyKind
  params: { lang?: string; rest?: string }
  url: URL
  response: { status?: number; headers: Headers }
}): Promise<PolicyPageLoad> => {
  const { lang, rest } = params
  if (!isLocale(lang)) return { rewrite: '/404' }
  const [route, globals] = await Promise.all([resolvePolicyRoute({ kind, locale: lang, rest, searchParams: url.searchParams }), findGlobals({ locale: lang })])
  if (route.view === 'not-found') return { rewrite: `/404?lang=${lang}` }

  const meta = policyPageMeta({ kind, locale: lang, route, rest, search: url.search })
  response.status = meta.status
  if (meta.cacheable) response.headers.set('x-render-cache', 'public')
  else response.headers.set('Cache-Control', 'no-store')
  const head = buildHead({ locale: lang, globals, title: `${meta.title}${globals.seo.titleSuffix ?? ''}`, alternates: meta.alternates, noindex: meta.noindex })
  if (head.noindex) response.headers.set('X-Robots-Tag', 'noindex')
  return { kind, locale: lang, route, globals, head, alternates: meta.alternates }
}
