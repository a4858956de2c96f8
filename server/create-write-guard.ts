import type { IncomingMessage, ServerResponse } from 'node:http'

import { RateLimiterRes } from 'rate-limiter-flexible'

import type { SharedBudget } from '../cms/database/shared-budget'
import { clientAddress } from '../config/client-address'
import { bodyCapFor } from './body-cap-for'
import { bufferRequest } from './buffer-request'
import { isGraphqlPath } from './graphql-path'
import { isUnreadableBody } from './is-unreadable-body'
import { readGraphqlQuery } from './read-graphql-query'
import { maxExpandedFields, scanGraphqlDocument } from './scan-graphql-document'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])
// Credential endpoints get a much tighter budget: they are what brute force and address probing aim at.
// Two-factor codes are credentials too: six digits fall to guessing without a budget.
const credentialPaths = /^\/api\/users\/(login|forgot-password|reset-password|first-register|unlock|refresh-token|two-factor\/verify|two-factor\/enrol\/finish)\/?$/
// Authorised by what they carry, not by a browser session: a signed unsubscribe token (mail clients may post it from
// anywhere, RFC 8058) and a signed webhook (Resend sends bursts during a campaign; Svix would retry, but late; the
// trial application reports conversions and expiries in batches from one address).
const tokenAuthorised = /^\/api\/mail\/unsubscribe\/?$/
const signatureAuthorised = /^\/api\/(mail\/webhooks\/resend|trials\/webhooks\/app)\/?$/

// A GraphQL body is read here before Payload sees it (to count sign-in mutations); ordinary operations are a few KB.
const maxGraphqlBodyBytes = 1024 * 1024

/** Budgets per client address: writes per minute, sign-in attempts per five minutes, GraphQL requests per minute. */
export type WriteGuardBudgets = { writes: SharedBudget; credentials: SharedBudget; graphql: SharedBudget }

/** `refused`: the guard answered the request itself. Otherwise go on with `req` (a stand-in when it read the body). */
export type GuardAnswer = { refused: true } | { refused: false; req: IncomingMessage }

const clientIp = (req: IncomingMessage, trustProxy: boolean): string =>
  clientAddress({ forwardedFor: req.headers['x-forwarded-for']?.toString(), socketAddress: req.socket.remoteAddress, trustProxy })

/**
 * Every state-changing request (site forms, the admin, the API) passes here first: a browser request from another
 * origin is refused (CSRF), and each client address has a budget of writes per minute, tighter for credential
 * endpoints. Requests without an Origin header (server-to-server, API keys) are only rate-limited.
 * GraphQL (GET and POST) has a budget of its own, and each credential mutation in a GraphQL body (aliases included)
 * counts against the sign-in budget, as a REST sign-in would.
 * The budgets come from outside (writeGuardFor: in the database, shared by every instance and kept across restarts).
 */
export const createWriteGuard = ({ publicUrl, trustProxy, budgets }: { publicUrl: string; trustProxy: boolean; budgets: WriteGuardBudgets }) => {
  const { writes, credentials, graphql } = budgets
  const publicOrigin = new URL(publicUrl).origin

  const refuse = (res: ServerResponse, status: number, message: string, retryAfterSeconds?: number) => {
    res.statusCode = status
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.setHeader('Cache-Control', 'no-store')
    if (retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(retryAfterSeconds))
    res.end(JSON.stringify({ errors: [{ message }] }))
  }

  const pass = (req: IncomingMessage): GuardAnswer => ({ refused: false, req })

  /**
   * Refuses a GraphQL POST whose fragments expand past the ceiling, and counts its credential mutations against the
   * sign-in budget; both need the body, so it reads it.
   */
  const guardGraphqlBody = async ({ req, res, ip }: { req: IncomingMessage; res: ServerResponse; ip: string }): Promise<GuardAnswer> => {
    const buffered = await bufferRequest({ req, maxBytes: maxGraphqlBodyBytes })
    if ('failed' in buffered) {
      // A client that went away gets no answer; one that sent too much is told so.
      if (buffered.failed === 'too-large') refuse(res, 413, 'GraphQL request body too large.')
      return { refused: true }
    }
    const contentType = String(req.headers['content-type'] ?? '')
    if (await isUnreadableBody({ contentType, body: buffered.body })) {
      refuse(res, 400, 'The request body is not what its Content-Type says.')
      return { refused: true }
    }
    const query = await readGraphqlQuery({ contentType, body: buffered.body })
    const scan = query === undefined ? { credentialFields: 0, tooComplex: false } : scanGraphqlDocument({ query })
    if (scan.tooComplex) {
      refuse(res, 400, `Query too complex: it expands to more than ${maxExpandedFields} fields.`)
      return { refused: true }
    }
    if (scan.credentialFields > 0) await credentials.consume(ip, scan.credentialFields)
    return pass(buffered.req)
  }

  /** Refuses an /api multipart body that does not parse: Payload's multipart reader would answer it with a 500. */
  const guardMultipartBody = async ({ req, res, pathname }: { req: IncomingMessage; res: ServerResponse; pathname: string }): Promise<GuardAnswer> => {
    const buffered = await bufferRequest({ req, maxBytes: bodyCapFor({ pathname }) })
    if ('failed' in buffered) {
      if (buffered.failed === 'too-large') refuse(res, 413, 'Request body too large.')
      return { refused: true }
    }
    if (await isUnreadableBody({ contentType: String(req.headers['content-type'] ?? ''), body: buffered.body })) {
      refuse(res, 400, 'The request body is not what its Content-Type says.')
      return { refused: true }
    }
    return pass(buffered.req)
  }

  return async ({ req, res, pathname }: { req: IncomingMessage; res: ServerResponse; pathname: string }): Promise<GuardAnswer> => {
    const graphqlRequest = isGraphqlPath(pathname) && (req.method === 'GET' || req.method === 'POST')
    const safe = safeMethods.has(req.method ?? 'GET')
    if ((safe && !graphqlRequest) || signatureAuthorised.test(pathname)) return pass(req)
    const origin = req.headers.origin
    if (!safe && origin !== undefined && !tokenAuthorised.test(pathname)) {
      const proto = trustProxy ? String(req.headers['x-forwarded-proto'] ?? 'http').split(',')[0]?.trim() : (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'
      const own = `${proto}://${req.headers.host ?? ''}`
      if (origin !== publicOrigin && origin !== own) {
        refuse(res, 403, 'Cross-origin request refused.')
        return { refused: true }
      }
    }
    const ip = clientIp(req, trustProxy)
    try {
      if (graphqlRequest) await graphql.consume(ip)
      if (safe) return pass(req)
      await writes.consume(ip)
      if (credentialPaths.test(pathname)) await credentials.consume(ip)
      if (graphqlRequest) return await guardGraphqlBody({ req, res, ip })
      return pathname.startsWith('/api/') && /^multipart\//i.test(String(req.headers['content-type'] ?? '')) ? await guardMultipartBody({ req, res, pathname }) : pass(req)
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        refuse(res, 429, 'Too many requests. Please wait a moment and try again.', Math.max(1, Math.ceil(error.msBeforeNext / 1000)))
        return { refused: true }
      }
      throw error
    }
  }
}
