import type { Payload, TypedUser } from 'payload'

import { defaultLocale, type Locale } from '../../config/locales'
import type { Page } from '../payload-types'
import { linkedPages } from './linked-pages'
import { localisedPaths, type LocalisedSlug } from './localised-paths'

export type FoundPage = Page & {
  /** The page's path in each locale that has a slug, for hreflang, the canonical URL and the language switcher. */
  alternates: Partial<Record<Locale, string>>
}

/**
 * The page with this slug in this locale: the published version for everyone, the latest draft only for `draftFor`
 * (a signed-in CMS user whose session Payload accepted; read as that user, so access rules still apply). Read as the
 * public otherwise: a link to an unpublished page stays a bare id. Undefined when there is none.
 */
export const findPage = async ({ payload, slug, locale, draftFor }: { payload: Payload; slug: string; locale: Locale; draftFor?: TypedUser }): Promise<FoundPage | undefined> => {
  const asViewer = draftFor ? { draft: true, user: draftFor } : { draft: false }
  const found = await payload.find({
    collection: 'pages',
    where: draftFor ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    locale,
    fallbackLocale: defaultLocale,
    limit: 1,
    depth: 1,
    populate: linkedPages,
    overrideAccess: false,
    ...asViewer,
  })
  const doc = found.docs[0]
  if (!doc) return undefined
  const slugs = (await payload.findByID({ collection: 'pages', id: doc.id, locale: 'all', depth: 0, select: { slug: true }, overrideAccess: false, ...asViewer })) as unknown as {
    slug?: LocalisedSlug
  }
  return { ...doc, alternates: localisedPaths(slugs.slug) }
}
