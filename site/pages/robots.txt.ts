import type { APIRoute } from 'astro'

import { findGlobals } from '../lib/content'
import { robotsTxt } from '../lib/robots-txt'

export const GET: APIRoute = async () => {
  const { seo, siteUrl } = await findGlobals({ locale: 'nl' })
  return new Response(robotsTxt({ allowIndexing: seo.allowIndexing !== false, siteUrl }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'x-render-cache': 'public' },
  })
}
