import { policyUi } from '../i18n/policy-ui'
import { locales, type Locale, type PolicyKind } from './content'
import { policyBasePath } from './policy-base-path'
import type { PolicyRoute } from './policy-route'

export type PolicyPageMeta = {
  status: 200 | 400
  /** Whole-page cacheable: the same for every visitor of this path (compare depends on the query: never). */
  cacheable: boolean
  title: string
  /** This page in each language (the compare view keeps its query, so switching language keeps the comparison). */
  alternates: Partial<Record<Locale, string>>
  noindex: boolean
}

/** Status, caching, title and language versions of a policy page. */
export const policyPageMeta = ({
  kind,
  locale,
  route,
  rest,
  search,
}: {
  kind: PolicyKind
  locale: Locale
  route: Exclude<PolicyRoute, { view: 'not-found' }>
  rest: string | undefined
  search: string
}): PolicyPageMeta => {
  const t = policyUi[locale]
  const segment = (rest ?? '').replace(/\/+$/, '')
  const suffix = `${segment ? `/${segment}` : ''}${route.view === 'compare' || route.view === 'bad-request' ? search : ''}`
  const alternates = Object.fromEntries(locales.map((l) => [l, `/${l}${policyBasePath[kind]}${suffix}`])) as Partial<Record<Locale, string>>
  const name = t.title[kind]
  const title =
    route.view === 'version'
      ? `${name} (${t.version.toLowerCase()} ${route.version.versionLabel})`
      : route.view === 'archive'
        ? `${name}: ${t.archiveTitle.toLowerCase()}`
        : route.view === 'compare'
          ? `${name}: ${t.compareTitle.toLowerCase()}`
          : t.badRequestTitle
  return {
    status: route.view === 'bad-request' ? 400 : 200,
    cacheable: route.view === 'version' || route.view === 'archive',
    title,
    alternates,
    noindex: route.view === 'bad-request' || route.view === 'compare',
  }
}
