import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import type { Redirect } from '../payload-types'
import { localisedPaths, type LocalisedSlug } from './localised-paths'

export type RedirectsRead = {
  redirects: Redirect[]
  /** Each published page a redirect points at: its path per locale (by page id). */
  pagePaths: Map<string, Partial<Record<Locale, string>>>
}

/**
 * Every redirect and the paths of the pages they point at. Only published pages count: a redirect to a page that is
 * gone or unpublished is not followed (the visitor gets the 404 of the old path rather than a redirect to another 404).
 */
export const loadRedirects = async ({ payload }: { payload: Payload }): Promise<RedirectsRead> => {
  const redirects = await payload.find({ collection: 'redirects', depth: 0, pagination: false, overrideAccess: false })
  const ids = [
    ...new Set(
      redirects.docs.flatMap((r) => {
        const value = r.to?.type === 'reference' ? r.to.reference?.value : undefined
        return value === undefined || value === null ? [] : [typeof value === 'object' ? value.id : value]
      }),
    ),
  ]
  const pages = ids.length
    ? ((
        await payload.find({
          collection: 'pages',
          where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
          locale: 'all',
          depth: 0,
          pagination: false,
          select: { slug: true },
          overrideAccess: false,
          draft: false,
        })
      ).docs as unknown as { id: number; slug?: LocalisedSlug }[])
    : []
  return { redirects: redirects.docs, pagePaths: new Map(pages.map((p) => [String(p.id), localisedPaths(p.slug)])) }
}
