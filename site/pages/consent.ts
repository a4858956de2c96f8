import type { APIRoute } from 'astro'

import { clientAddressOf } from '../lib/client-address-of'
import { recordConsentChoice } from '../lib/content'

// A banner choice is a few hundred bytes; anything much larger is not one.
const maxBytes = 4096

/**
 * The banner's first-party endpoint: validates the reported choice and records it in the consent ledger. The server
 * in front already refused cross-origin posts and rate-limited the client.
 */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > maxBytes) return new Response(null, { status: 413 })
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) return new Response(null, { status: 415 })
  const text = await request.text()
  if (Buffer.byteLength(text) > maxBytes) return new Response(null, { status: 413 })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return Response.json({ error: 'Invalid JSON.' }, { status: 400 })
  }
  const result = await recordConsentChoice({ body, ip: clientAddressOf({ headers: request.headers, clientAddress }), userAgent: request.headers.get('user-agent') ?? undefined })
  return result.status === 204 ? new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } }) : Response.json({ error: result.message }, { status: result.status })
}
