import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import type { RenderCache } from './create-render-cache'

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown

const marker = 'x-render-cache'
// Per-response headers are never replayed from the cache.
const perResponse = new Set(['x-request-id', 'date', 'connection', 'keep-alive', 'transfer-encoding', marker])

const stripMarker = (headers: unknown): boolean => {
  if (!headers || typeof headers !== 'object') return false
  if (Array.isArray(headers)) {
    for (let i = 0; i < headers.length; i += 2) {
      if (String(headers[i]).toLowerCase() === marker) {
        const pub = String(headers[i + 1]) === 'public'
        headers.splice(i, 2)
        return pub
      }
    }
    return false
  }
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === marker) {
      const pub = String((headers as Record<string, unknown>)[name]) === 'public'
      delete (headers as Record<string, unknown>)[name]
      return pub
    }
  }
  return false
}

/**
 * Serves published pages from memory. Only responses the site marks `x-render-cache: public` (published, 200, not a
 * preview) are stored; the marker never reaches the visitor. Previews bypass the cache entirely.
 */
export const withRenderCache = ({ handler, cache }: { handler: Handler; cache: RenderCache }): Handler => (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return handler(req, res)
  const url = new URL(req.url ?? '/', 'http://internal')
  // A preview is a signed-in editor's draft: never served from the cache, never stored in it.
  const preview = url.searchParams.has('preview')
  const key = url.pathname
  const hit = preview ? undefined : cache.get(key)
  if (hit) {
    res.statusCode = hit.status
    for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value)
    res.setHeader('X-Cache', 'hit')
    res.end(req.method === 'HEAD' ? undefined : hit.body)
    return
  }
  if (req.method === 'HEAD') return handler(req, res)

  const renderedAt = cache.generation()
  const chunks: Buffer[] = []
  let cacheable = false
  // Headers given to writeHead() directly are not always kept by Node for getHeaders(): remember them.
  let headHeaders: Record<string, unknown> = {}
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding) : Buffer.from(chunk as Uint8Array)

  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => r && typeof r === 'object') as OutgoingHttpHeaders | undefined
    cacheable = stripMarker(headers) || cacheable
    if (headers && !Array.isArray(headers)) headHeaders = { ...headers }
    if (res.hasHeader(marker)) {
      cacheable = res.getHeader(marker) === 'public' || cacheable
      res.removeHeader(marker)
    }
    res.setHeader('X-Cache', 'miss')
    return writeHead(status, ...rest)
  }) as ServerResponse['writeHead']
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]))
    return write(chunk, ...rest)
  }) as ServerResponse['write']
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!res.headersSent && res.hasHeader(marker)) {
      cacheable = res.getHeader(marker) === 'public'
      res.removeHeader(marker)
    }
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]))
    return end(chunk, ...rest)
  }) as ServerResponse['end']

  res.once('finish', () => {
    if (preview || !cacheable || res.statusCode !== 200) return
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries({ ...headHeaders, ...res.getHeaders() })) {
      if (value !== undefined && !perResponse.has(name.toLowerCase()) && name.toLowerCase() !== 'x-cache') {
        headers[name] = Array.isArray(value) ? value.map(String) : String(value)
      }
    }
    cache.set({ key, page: { status: 200, headers, body: Buffer.concat(chunks) }, renderedAt })
  })
  return handler(req, res)
}
