import type { APIRoute } from 'astro'

import { negotiateLocale } from '../lib/negotiate-locale'

/** "/" sends each visitor to their language (Accept-Language), Dutch by default. */
export const GET: APIRoute = ({ request }) =>
  new Response(null, {
    status: 302,
    headers: {
      Location: `/${negotiateLocale({ header: request.headers.get('accept-language') })}/`,
      Vary: 'Accept-Language',
      'Cache-Control': 'no-store',
    },
  })
