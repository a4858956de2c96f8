import type { APIRoute } from 'astro'

import { clientAddressOf } from '../lib/client-address-of'
import { recordConsentChoice, siteError, siteErrorOf, type SiteError } from '../lib/content'
import { negotiateLocale } from '../lib/negotiate-locale'

// A banner choice is a few hundred bytes; anything much larger is not one.
const maxBytes = 4096

const answer = ({ code, status, message }: SiteError) => Response.json({ error: message, code }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * The banner's first-party endpoint: validates the reported choice and records it in the consent ledger. The server
 * in front already refused cross-origin posts and rate-limited the client. Refusals answer from the error table, in
 * the visitor's language.
 */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  const locale = negotiateLocale({ header: request.headers.get('accept-language') })
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > maxBytes) return answer(siteError({ code: 'request.too-large', locale }))
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) return answer(siteError({ code: 'request.not-json', locale }))
  const text = await request.text()
  if (Buffer.byteLength(text) > maxBytes) return answer(siteError({ code: 'request.too-large', locale }))
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return answer(siteError({ code: 'request.malformed', locale }))
  }
  try {
    await recordConsentChoice({ body, ip: clientAddressOf({ headers: request.headers, clientAddress }), userAgent: request.headers.get('user-agent') ?? undefined })
  } catch (error) {
    const refused = siteErrorOf({ error, locale })
    if (!refused) throw error
    return answer(refused)
  }
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
}
