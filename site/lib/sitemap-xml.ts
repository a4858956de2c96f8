import { escapeHtml } from '../../config/escape-html'
import { locales, type SitemapEntry } from './content'

/**
 * sitemaps.org XML with one <url> per page per locale, each listing all its language versions (hreflang, plus
 * x-default = Dutch) as Google asks for multilingual sites.
 */
export const sitemapXml = ({ entries, siteUrl }: { entries: SitemapEntry[]; siteUrl: string }): string => {
  const urls = entries.flatMap((entry) => {
    const versions = locales.flatMap((l) => (entry.paths[l] ? [{ hreflang: l as string, href: `${siteUrl}${entry.paths[l]}` }] : []))
    if (entry.paths.nl) versions.push({ hreflang: 'x-default', href: `${siteUrl}${entry.paths.nl}` })
    const lastmod = new Date(entry.updatedAt).toISOString()
    return locales.flatMap((l) =>
      entry.paths[l]
        ? [
            [
              '  <url>',
              `    <loc>${escapeHtml(`${siteUrl}${entry.paths[l]}`)}</loc>`,
              `    <lastmod>${lastmod}</lastmod>`,
              ...versions.map((v) => `    <xhtml:link rel="alternate" hreflang="${v.hreflang}" href="${escapeHtml(v.href)}"/>`),
              '  </url>',
            ].join('\n'),
          ]
        : [],
    )
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}
