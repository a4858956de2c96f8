import { locales, type Locale, type Media, type SiteGlobals } from './content'
import { isMediaDoc, sitePath } from './media-sources'

export type ShareImage = { url: string; width?: number; height?: number; alt: string; type?: string }

export type Head = {
  locale: Locale
  title: string
  description?: string
  siteName: string
  /** Absolute URL of this page (only for pages that exist in this locale). */
  canonical?: string
  /** hreflang → absolute URL, x-default (Dutch) included. */
  alternates: { hreflang: string; href: string }[]
  image?: ShareImage
  noindex: boolean
}

const ogLocales: Record<Locale, string> = { nl: 'nl_BE', fr: 'fr_BE', en: 'en_GB' }
export const ogLocale = (locale: Locale): string => ogLocales[locale]

const absolute = ({ url, siteUrl }: { url: string; siteUrl: string }) => {
  const path = sitePath({ url })
  return path.startsWith('/') ? `${siteUrl}${path}` : path
}

/** The share image: the 1600-wide rendition when there is one (crawlers want ≥ 1200 px), else the original. */
const shareImage = ({ media, siteUrl }: { media: number | Media | null | undefined; siteUrl: string }): ShareImage | undefined => {
  if (!isMediaDoc(media) || !media.url || !media.mimeType?.startsWith('image/')) return undefined
  const wide = media.sizes?.wide
  const chosen = wide?.url && wide.width ? { url: wide.url, width: wide.width, height: wide.height, mimeType: wide.mimeType } : media
  return {
    url: absolute({ url: chosen.url ?? media.url, siteUrl }),
    width: chosen.width ?? undefined,
    height: chosen.height ?? undefined,
    type: chosen.mimeType ?? undefined,
    alt: media.alt ?? '',
  }
}

/**
 * The <head> facts of a page: its own title, description and image where the page has them, the SEO defaults
 * otherwise; absolute URLs from the public origin; noindex when indexing is switched off or for previews and errors.
 */
export const buildHead = ({
  locale,
  globals,
  title,
  description,
  image,
  alternates = {},
  noindex = false,
}: {
  locale: Locale
  globals: SiteGlobals
  title: string
  description?: string | null
  image?: number | Media | null
  /** This page's path in each locale. */
  alternates?: Partial<Record<Locale, string>>
  noindex?: boolean
}): Head => {
  const { seo, siteUrl } = globals
  const links = locales.flatMap((l) => (alternates[l] ? [{ hreflang: l as string, href: `${siteUrl}${alternates[l]}` }] : []))
  if (alternates.nl) links.push({ hreflang: 'x-default', href: `${siteUrl}${alternates.nl}` })
  return {
    locale,
    title,
    description: description || seo.description || undefined,
    siteName: seo.siteName,
    canonical: alternates[locale] ? `${siteUrl}${alternates[locale]}` : undefined,
    alternates: links,
    image: shareImage({ media: image, siteUrl }) ?? shareImage({ media: seo.shareImage, siteUrl }),
    noindex: noindex || seo.allowIndexing === false,
  }
}
