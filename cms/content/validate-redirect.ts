import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { isOffSiteUrl } from '../../config/is-off-site-url'
import { isSystemPath, systemPaths } from '../../config/system-paths'
import { isAdminUser } from '../access/is-admin-user'

type Target = { type?: string; url?: string | null; reference?: { relationTo?: string; value?: unknown } | null }
type Redirect = { id?: string | number; from?: string; to?: Target }

const normalisePath = (path: string) => {
  const trimmed = path.trim()
  const withSlash = trimmed.startsWith('/') ? trimmed : `/${trimmed}`
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, '') : withSlash
}

const localeOf = (path: string) => (/^\/(nl|fr|en)(\/|$)/.exec(path)?.[1] ?? 'nl') as 'nl' | 'fr' | 'en'

/**
 * Redirect sources are site paths ("/nl/oude-pagina"), never a system path (a redirect from the preference center
 * would carry every visitor's token along). A target on another site is for admins only: editors and marketers
 * could otherwise send visitors anywhere under the site's name. A chain of redirects that comes back to where it started
 * would send visitors round in circles, so it is refused with the chain spelled out.
 */
export const validateRedirect: CollectionBeforeValidateHook = async ({ data, req, originalDoc }) => {
  if (!data) return data
  const merged = { ...(originalDoc as Redirect | undefined), ...(data as Redirect) }
  if (typeof merged.from !== 'string' || merged.from.trim() === '') return data
  if (/^[a-z]+:\/\//i.test(merged.from.trim())) {
    throw new APIError('"From" is a path on this site, such as /nl/oude-pagina — not a full URL.', 400, undefined, true)
  }
  const from = normalisePath(merged.from)
  if (isSystemPath({ path: from })) {
    throw new APIError(
      `"${from}" is a system path and cannot be redirected (${systemPaths.map((p) => `/${p}`).join(', ')}, also after a language such as /nl). Choose another path.`,
      400,
      undefined,
      true,
    )
  }
  // Checked on every save, also when only "From" changes: keeping an off-site target is setting it again. Code that
  // runs without a user (seed, migrations) is trusted; anyone signed in must be an admin.
  const url = merged.to?.type === 'custom' ? merged.to.url?.trim() : undefined
  if (url && isOffSiteUrl({ url }) && req.user && !isAdminUser({ user: req.user })) {
    throw new APIError('Only admins may redirect to another site. Point it to a page or a path on this site (starting with /), or ask an admin.', 403, undefined, true)
  }
  const targetPath = async (to: Target | undefined, fromPath: string): Promise<string | undefined> => {
    if (!to) return undefined
    if (to.type === 'custom') return to.url && to.url.startsWith('/') ? normalisePath(to.url) : undefined
    const ref = to.reference?.value
    const id = typeof ref === 'object' && ref !== null ? (ref as { id?: string | number }).id : (ref as string | number | undefined)
    if (id === undefined || id === null) return undefined
    const locale = localeOf(fromPath)
    const page = await req.payload
      .findByID({ collection: 'pages', id, locale, depth: 0, overrideAccess: true, select: { slug: true } })
      .catch(() => undefined)
    if (!page?.slug) return undefined
    return page.slug === 'home' ? `/${locale}` : `/${locale}/${page.slug}`
  }
  const all = await req.payload.find({ collection: 'redirects', limit: 0, pagination: false, depth: 0, overrideAccess: true, req })
  const edges = new Map<string, Target | undefined>()
  for (const r of all.docs as Redirect[]) {
    if (r.id !== undefined && String(r.id) === String((originalDoc as Redirect | undefined)?.id)) continue
    if (r.from) edges.set(normalisePath(r.from), r.to)
  }
  edges.set(from, merged.to)
  const chain = [from]
  let current: string | undefined = from
  for (let hops = 0; hops < 50 && current; hops++) {
    const next: string | undefined = await targetPath(edges.get(current), current)
    if (!next) break
    if (chain.includes(next)) {
      throw new APIError(`This redirect would loop: ${[...chain, next].join(' → ')}. Point it somewhere else.`, 400, undefined, true)
    }
    chain.push(next)
    current = edges.has(next) ? next : undefined
  }
  return { ...data, from }
}
