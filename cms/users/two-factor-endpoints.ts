import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { DomainError, errorResponse, requestLocale } from '../errors'
import { finishTotpEnrolment } from './finish-totp-enrolment'
import { startTotpEnrolment } from './start-totp-enrolment'
import { twoFactorProof, verifyTwoFactor } from './verify-two-factor'

type SessionUser = { id: string | number; collection?: string; _sid?: string }

const signedIn = (req: PayloadRequest): SessionUser | undefined => {
  const user = req.user as SessionUser | null
  return user && user.collection === 'users' ? user : undefined
}

const bodyOf = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    throw new DomainError({ code: 'request.malformed' })
  }
}

const withUser =
  (run: (args: { req: PayloadRequest; user: SessionUser }) => Promise<unknown>): Endpoint['handler'] =>
  async (req) => {
    try {
      const user = signedIn(req)
      if (!user) throw new DomainError({ code: 'auth.signed-in-only' })
      return Response.json(await run({ req, user }), { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      // The context names the user only: never the body (it holds codes).
      return errorResponse({ error, locale: requestLocale(req), logger: req.payload.logger, context: { operation: 'two-factor' } })
    }
  }

const codeBody = z.object({ code: z.string().max(20) })

/**
 * /api/users/two-factor/…: the doors a signed-in user keeps while two-factor is pending (see the server's gate).
 * POST enrol/start → secret, otpauth URL, QR code; POST enrol/finish { code } → recovery codes (once);
 * POST verify { code } or { recoveryCode } → this session may go on.
 */
export const twoFactorEndpoints: Endpoint[] = [
  {
    path: '/two-factor/enrol/start',
    method: 'post',
    handler: withUser(({ req, user }) => startTotpEnrolment({ payload: req.payload, userId: user.id, req })),
  },
  {
    path: '/two-factor/enrol/finish',
    method: 'post',
    handler: withUser(async ({ req, user }) => {
      const body = codeBody.safeParse(await bodyOf(req))
      if (!body.success) throw new DomainError({ code: 'auth.two-factor-code-invalid' })
      return finishTotpEnrolment({ payload: req.payload, userId: user.id, sid: user._sid, code: body.data.code, req })
    }),
  },
  {
    path: '/two-factor/verify',
    method: 'post',
    handler: withUser(async ({ req, user }) => {
      const body = twoFactorProof.safeParse(await bodyOf(req))
      if (!body.success) throw new DomainError({ code: 'auth.two-factor-code-invalid' })
      return verifyTwoFactor({ payload: req.payload, userId: user.id, sid: user._sid, proof: body.data, req })
    }),
  },
]

