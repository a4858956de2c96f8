import type { IncomingMessage, ServerResponse } from 'node:http'

import { executeAuthStrategies, type Payload } from 'payload'

import { describeError } from '../cms/errors'
import { twoFactorOpen, twoFactorState } from '../cms/users'

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown

const headersOf = (req: IncomingMessage): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v)
  }
  return headers
}

const carriesCredentials = (req: IncomingMessage) => Boolean(req.headers.authorization) || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

/**
 * In front of Next (admin, REST, GraphQL): a signed-in user whose second factor is pending reaches only the
 * two-factor doors, sign-out and /me. Admin pages send them to /admin/two-factor; anything else is refused with
 * the error table's answer. One door for every route (Payload's own, ours, GraphQL, the admin's server actions),
 * so no endpoint can forget the check.
 */
export const withTwoFactorGate =
  ({ payload, production, handler }: { payload: Payload; production: boolean; handler: Handler }): Handler =>
  async (req, res) => {
    const pathname = URL.parse(req.url ?? '/', 'http://internal')?.pathname ?? '/'
    const gated = pathname === '/admin' || pathname.startsWith('/admin/') || pathname.startsWith('/api/')
    if (!gated || !carriesCredentials(req) || twoFactorOpen({ pathname, method: req.method ?? 'GET' })) return handler(req, res)
    const { user } = await executeAuthStrategies({ headers: headersOf(req), payload, canSetHeaders: false, isGraphQL: false })
    const state = await twoFactorState({ payload, user, production })
    if (state === 'ok') return handler(req, res)
    const isPage = pathname.startsWith('/admin') && (req.method === 'GET' || req.method === 'HEAD') && !req.headers['next-action']
    if (isPage) {
      res.writeHead(303, { Location: '/admin/two-factor', 'Cache-Control': 'no-store' })
      return res.end()
    }
    const code = state === 'enrol' ? 'auth.two-factor-enrolment-required' : 'auth.two-factor-verification-required'
    const { status, message } = describeError({ code, locale: 'en' })
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(JSON.stringify({ error: message, code }))
  }
