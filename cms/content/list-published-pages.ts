import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { localisedPaths, type LocalisedSlug } from './localised-paths'

export type PublishedPageEntry = { updatedAt: string; paths: Partial<Record<Locale, string>> }

/** Every published page with its path in each locale that has a slug, oldest first (for the sitemap). */
export const listPublishedPages = async ({ payload }: { payload: Payload }): Promise<PublishedPageEntry[]> => {
  const found = await payload.find({
    collection: 'pages',
    where: { _status: { equals: 'published' } },
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { slug: true, updatedAt: true },
    sort: 'createdAt',
    overrideAccess: false,
    draft: false,
  })
  return (found.docs as unknown as { slug?: LocalisedSlug; updatedAt: string }[]).map((doc) => ({ updatedAt: doc.updatedAt, paths: localisedPaths(doc.slug) }))
}
