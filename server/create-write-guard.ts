import type { IncomingMessage, ServerResponse } from 'node:http'

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { clientAddress } from '../config/client-address'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])
// Credential endpoints get a much tighter budget: they are what brute force and address probing aim at.
const credentialPaths = /^\/api\/users\/(login|forgot-password|reset-password|first-register|unlock|refresh-token)\/?$/
// Authorised by what they carry, not by a browser session: a signed unsubscribe token (mail clients may post it from
// anywhere, RFC 8058) and a signed webhook (Resend sends bursts during a campaign; Svix would retry, but late).
const tokenAuthorised = /^\/api\/mail\/unsubscribe\/?$/
const signatureAuthorised = /^\/api\/mail\/webhooks\/resend\/?$/

export type WriteGuardLimits = { writesPerMinute: number; credentialAttemptsPer5Minutes: number }

const clientIp = (req: IncomingMessage, trustProxy: boolean): string =>
  clientAddress({ forwardedFor: req.headers['x-forwarded-for']?.toString(), socketAddress: req.socket.remoteAddress, trustProxy })

/**
 * Every state-changing request (site forms, the admin, the API) passes here first: a browser request from another
 * origin is refused (CSRF), and each client address has a budget of writes per minute, tighter for credential
 * endpoints. Requests without an Origin header (server-to-server, API keys) are only rate-limited.
 * Budgets are per instance (in memory): N instances allow N× the budget.
 */
export const createWriteGuard = ({ publicUrl, trustProxy, limits }: { publicUrl: string; trustProxy: boolean; limits: WriteGuardLimits }) => {
  const writes = new RateLimiterMemory({ points: limits.writesPerMinute, duration: 60 })
  const credentials = new RateLimiterMemory({ points: limits.credentialAttemptsPer5Minutes, duration: 300 })
  const publicOrigin = new URL(publicUrl).origin

  const refuse = (res: ServerResponse, status: number, message: string, retryAfterSeconds?: number) => {
    res.statusCode = status
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.setHeader('Cache-Control', 'no-store')
    if (retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(retryAfterSeconds))
    res.end(JSON.stringify({ errors: [{ message }] }))
  }

  /** Resolves true when it answered the request itself (refused), false when the request may go on. */
  return async ({ req, res, pathname }: { req: IncomingMessage; res: ServerResponse; pathname: string }): Promise<boolean> => {
    if (safeMethods.has(req.method ?? 'GET') || signatureAuthorised.test(pathname)) return false
    const origin = req.headers.origin
    if (origin !== undefined && !tokenAuthorised.test(pathname)) {
      const proto = trustProxy ? String(req.headers['x-forwarded-proto'] ?? 'http').split(',')[0]?.trim() : (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'
      const own = `${proto}://${req.headers.host ?? ''}`
      if (origin !== publicOrigin && origin !== own) {
        refuse(res, 403, 'Cross-origin request refused.')
        return true
      }
    }
    const ip = clientIp(req, trustProxy)
    try {
      await writes.consume(ip)
      if (credentialPaths.test(pathname)) await credentials.consume(ip)
      return false
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        refuse(res, 429, 'Too many requests. Please wait a moment and try again.', Math.max(1, Math.ceil(error.msBeforeNext / 1000)))
        return true
      }
      throw error
    }
  }
}
