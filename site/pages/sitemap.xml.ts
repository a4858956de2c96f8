import type { APIRoute } from 'astro'

import { findSiteUrl, listSitemapEntries } from '../lib/content'
import { sitemapXml } from '../lib/sitemap-xml'

export const GET: APIRoute = async () => {
  const [entries, siteUrl] = await Promise.all([listSitemapEntries(), findSiteUrl()])
  return new Response(sitemapXml({ entries, siteUrl }), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      // Published content only, the same for everyone: publishing invalidates the render cache that keeps it.
      'x-render-cache': 'public',
    },
  })
}
