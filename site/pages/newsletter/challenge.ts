import type { APIRoute } from 'astro'

import { newsletterChallenge } from '../../lib/content'

/** A fresh ALTCHA challenge for the sign-up forms' widget: our own endpoint, never cached. */
export const GET: APIRoute = async () =>
  Response.json(await newsletterChallenge(), { headers: { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } })
