/**
 * The site's one door into the CMS: Payload's Local API, in-process (never over HTTP). Everything the site reads
 * from the CMS goes through the functions here.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { locales, type Locale } from '../../emails/locales'

export type { Locale }
export { locales }

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value)

const cms = () => getPayload({ config })

export type PageBlock = { blockType: string; id?: string | null; [key: string]: unknown }
export type Page = {
  id: string | number
  title: string
  slug: string
  description?: string | null
  layout?: PageBlock[] | null
  /** The page's slug in each locale, for hreflang and the language switcher. */
  alternates: Partial<Record<Locale, string>>
}

/** The published page with this slug in this locale, or undefined. */
export const findPage = async ({ slug, locale }: { slug: string; locale: Locale }): Promise<Page | undefined> => {
  const payload = await cms()
  const found = await payload.find({
    collection: 'pages',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    locale,
    fallbackLocale: 'nl',
    limit: 1,
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
  const doc = found.docs[0]
  if (!doc) return undefined
  const all = (await payload.findByID({
    collection: 'pages',
    id: doc.id,
    locale: 'all',
    select: { slug: true },
    overrideAccess: false,
  })) as unknown as { slug?: Partial<Record<Locale, string>> }
  return {
    id: doc.id,
    title: doc.title,
    slug: doc.slug,
    description: doc.description,
    layout: (doc.layout ?? []) as PageBlock[],
    alternates: all.slug ?? {},
  }
}
