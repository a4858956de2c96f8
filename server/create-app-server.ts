import { randomUUID } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import type { Logger } from 'pino'

import type { Readiness } from './create-readiness-check'
import { bodyCapFor } from './body-cap-for'
import { capRequestBody } from './cap-request-body'
import type { GuardAnswer } from './create-write-guard'
import { isGraphqlPath } from './graphql-path'
import { hasMalformedJsonParam } from './has-malformed-json-param'
import { hasMalformedPagingParam } from './has-malformed-paging-param'
import { hasMalformedPath } from './has-malformed-path'
import { redirectToHttps } from './redirect-to-https'
import { applySecurityHeaders, isUploadFilePath } from './security-headers'

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown

export type AppHandlers = {
  /** Next's request handler: the admin, Payload's REST/GraphQL API and Next's own assets. */
  next: Handler
  /** Astro's handler: every public page. */
  astro: Handler
  staticFiles?: { has: (pathname: string) => boolean; serve: (req: IncomingMessage, res: ServerResponse, pathname: string) => void }
  readiness: () => Promise<Readiness>
  /** Origin check and rate limits for state-changing requests and GraphQL; says whether it answered (refused) itself. */
  guardWrite?: (args: { req: IncomingMessage; res: ServerResponse; pathname: string }) => Promise<GuardAnswer>
}

const nextPrefixes = ['/admin', '/api', '/_next', '/__nextjs']
const isNextPath = (pathname: string) =>
  nextPrefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`) || (p === '/__nextjs' && pathname.startsWith(p)))

// TRACE echoes the request (cookies included) and Next answers it with a 500; TRACK is IIS's TRACE; CONNECT is for proxies.
const refusedMethods = new Set(['TRACE', 'TRACK', 'CONNECT'])

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(JSON.stringify(body))
}

/**
 * One http server, one port: health endpoints, then Next (admin + API), then static files, then Astro.
 * Every response gets a request id and the security headers; each request is logged by path only (query strings can
 * carry tokens and addresses).
 */
export const createAppServer = ({
  handlers,
  logger,
  trustProxy,
  httpsOrigin,
}: {
  handlers: AppHandlers
  logger: Logger
  trustProxy: boolean
  /** Set in production when PUBLIC_URL is https: plain-http requests (per a trusted proxy) are sent there. */
  httpsOrigin?: string
}) => {
  const startedAt = Date.now()
  const route = (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint()
    const incoming = req.headers['x-request-id']
    const requestId = typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID()
    res.setHeader('X-Request-Id', requestId)
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://internal')
    } catch {
      return json(res, 400, { error: 'bad request' })
    }
    const { pathname, searchParams: search } = url
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const level = pathname === '/healthz' || pathname === '/readyz' ? 'debug' : 'info'
      logger[level]({ requestId, method: req.method, path: pathname, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request')
    })
    const admin = isNextPath(pathname)
    applySecurityHeaders({ req, res, area: isUploadFilePath(pathname) ? 'upload' : admin ? 'admin' : 'site', trustProxy })

    if (refusedMethods.has(req.method ?? '')) {
      res.setHeader('Allow', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
      return json(res, 405, { error: 'method not allowed' })
    }
    if (pathname === '/healthz') return json(res, 200, { status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) })
    if (pathname === '/readyz') {
      return handlers
        .readiness()
        .then((r) => json(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not-ready', checks: r.checks }))
        .catch(() => json(res, 503, { status: 'not-ready' }))
    }
    // After the probes: a load balancer's health check over plain http must keep getting its answer.
    if (httpsOrigin && redirectToHttps({ req, res, httpsOrigin, trustProxy })) return
    if (hasMalformedPath({ pathname })) return json(res, 400, { error: 'bad request' })
    if (pathname.startsWith('/api/') && hasMalformedJsonParam({ search })) return json(res, 400, { errors: [{ message: 'The where or data parameter is not valid JSON.' }] })
    if (pathname.startsWith('/api/') && hasMalformedPagingParam({ search })) return json(res, 400, { errors: [{ message: 'The limit, page or depth parameter is repeated, has keys or is out of range.' }] })
    if (capRequestBody({ req, res, cap: bodyCapFor({ pathname }) })) return
    const write = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS'
    if (handlers.guardWrite && (write || isGraphqlPath(pathname))) {
      // The guard may have read the body (GraphQL): go on with the request it hands back.
      return handlers.guardWrite({ req, res, pathname }).then((answer) => {
        if (answer.refused) return
        return admin ? handlers.next(answer.req, res) : handlers.astro(answer.req, res)
      })
    }
    if (admin) return handlers.next(req, res)
    if ((req.method === 'GET' || req.method === 'HEAD') && handlers.staticFiles?.has(pathname)) {
      return handlers.staticFiles.serve(req, res, pathname)
    }
    return handlers.astro(req, res)
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    Promise.resolve(route(req, res)).catch((err) => {
      logger.error({ err }, 'unhandled request error')
      if (!res.headersSent) json(res, 500, { error: 'internal error' })
      else res.end()
    })
  }
  const server = http.createServer(handle)
  // Node would answer `Expect: 100-continue` itself, inviting the body before any check: a declared length over the
  // route's cap gets no invitation, only the 413 (route refuses it before reading).
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const pathname = URL.parse(req.url ?? '/', 'http://internal')?.pathname ?? '/'
    if (!(Number(req.headers['content-length']) > bodyCapFor({ pathname }))) res.writeContinue()
    handle(req, res)
  })
  return server
}
