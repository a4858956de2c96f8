import type { IncomingMessage, ServerResponse } from 'node:http'

import { forwardedProto } from './forwarded-proto'

/**
 * Production behind a TLS-terminating proxy: a request the proxy received over plain http leaves. GET and HEAD go
 * to the same path and query on the public https origin (301; the origin comes from PUBLIC_URL, never from the Host
 * header, so this can never redirect off-site). Other methods get 403 rather than 307/308: their body (a password, a
 * form, a webhook) already crossed the network in the clear, and a redirect would make the client resend it and the
 * mistake go unnoticed; a refusal makes the sender fix its URL. Only a trusted proxy's X-Forwarded-Proto counts:
 * without one, this process cannot tell plain http from https that ended at a proxy, and redirecting would loop.
 * Says whether it answered.
 */
export const redirectToHttps = ({ req, res, httpsOrigin, trustProxy }: { req: IncomingMessage; res: ServerResponse; httpsOrigin: string; trustProxy: boolean }): boolean => {
  if (forwardedProto({ req, trustProxy }) !== 'http') return false
  res.setHeader('Cache-Control', 'no-store')
  if (req.method === 'GET' || req.method === 'HEAD') {
    res.statusCode = 301
    res.setHeader('Location', `${httpsOrigin}${req.url?.startsWith('/') ? req.url : '/'}`)
    res.end()
    return true
  }
  res.statusCode = 403
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.end(JSON.stringify({ error: `Use ${httpsOrigin}: requests over plain http are refused.` }))
  return true
}
