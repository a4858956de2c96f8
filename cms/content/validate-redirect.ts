import { APIError, type CollectionBeforeValidateHook } from 'payload'

type Target = { type?: string; url?: string | null; reference?: { relationTo?: string; value?: unknown } | null }
type Redirect = { id?: string | number; from?: string; to?: Target }

const normalisePath = (path: string) => {
  const trimmed = path.trim()
  const withSlash = trimmed.startsWith('/') ? trimmed : `/${trimmed}`
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, '') : withSlash
}

const localeOf = (path: string) => (/^\/(nl|fr|en)(\/|$)/.exec(path)?.[1] ?? 'nl') as 'nl' | 'fr' | 'en'

/**
 * Redirect sources are site paths ("/nl/oude-pagina"); a chain of redirects that comes back to where it started
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
