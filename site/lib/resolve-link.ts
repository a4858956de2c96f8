import { pagePath, type Locale } from './content'
import { safeHref } from './safe-href'

/** The link group of cms/fields/link-field.ts, read at depth 1 (page populated when the reader may see it). */
export type LinkValue = {
  label?: string | null
  type?: 'page' | 'url' | null
  page?: number | { slug?: string | null } | null
  url?: string | null
}

/**
 * Where a CMS link goes in this locale, or undefined when it goes nowhere: the page is missing or unpublished (for
 * the public, Payload then leaves a bare id instead of the document) or the URL is unusable. Such links are
 * rendered as plain text — never as a broken href.
 */
export const resolveLink = ({ link, locale }: { link: LinkValue | null | undefined; locale: Locale }): string | undefined => {
  if (!link) return undefined
  if (link.type === 'url') return safeHref(link.url)
  const page = link.page
  if (typeof page !== 'object' || page === null || !page.slug) return undefined
  return pagePath({ locale, slug: page.slug })
}
