import { defineMiddleware } from 'astro:middleware'

import { findRedirect } from './lib/find-redirect'
import { redirectLocation } from './lib/redirect-table'

/**
 * Redirects managed in the CMS answer before any page renders (the table is cached in memory for ~2 s). And a last
 * guard for the render cache: only a plain 200 without cookies may carry `x-render-cache: public`.
 */
export const onRequest = defineMiddleware(async ({ request, url }, next) => {
  if (request.method === 'GET' || request.method === 'HEAD') {
    const redirect = await findRedirect({ path: url.pathname })
    if (redirect) {
      const location = redirectLocation({ target: redirect, search: url.search })
      return new Response(null, {
        status: redirect.status,
        headers: {
          Location: location,
          // A permanent redirect may be remembered for a while, not forever: marketers can change their mind.
          'Cache-Control': redirect.status === 301 ? 'public, max-age=3600' : 'no-store',
        },
      })
    }
  }
  const response = await next()
  if (response.headers.has('x-render-cache') && (response.status !== 200 || response.headers.has('set-cookie'))) {
    response.headers.delete('x-render-cache')
  }
  return response
})
