import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import { DomainError } from '../errors'
import { acceptedTotpStep } from './accepted-totp-step'
import { recoveryCodeHash } from './recovery-code-hash'
import { twoFactorRecord } from './two-factor-record'
import { verifiedSessions } from './verified-sessions'

export const twoFactorProof = z.union([z.object({ code: z.string().max(20) }), z.object({ recoveryCode: z.string().max(40) })])
export type TwoFactorProof = z.infer<typeof twoFactorProof>

/**
 * Completes a sign-in: a current code (of a time-step not used before) or an unused recovery code (then gone) marks
 * this session as verified. Anything else is refused the same way, saying nothing about which part was wrong.
 */
export const verifyTwoFactor = async ({ payload, userId, sid, proof, req }: { payload: Payload; userId: string | number; sid?: string; proof: TwoFactorProof; req?: PayloadRequest }): Promise<{ recoveryCodesLeft: number }> => {
  const record = await twoFactorRecord({ payload, id: userId })
  if (!record?.enabled || !record.secret) throw new DomainError({ code: 'auth.two-factor-not-started' })
  const twoFactorSessions = verifiedSessions({ record, sid })
  if ('code' in proof) {
    const step = acceptedTotpStep({ secret: record.secret, code: proof.code, lastStep: record.lastStep })
    if (step === undefined) throw new DomainError({ code: 'auth.two-factor-code-invalid' })
    await payload.update({ collection: 'users', id: userId, overrideAccess: true, req, data: { totpLastStep: step, twoFactorSessions } })
    return { recoveryCodesLeft: record.recoveryCodeHashes.length }
  }
  const hash = recoveryCodeHash({ code: proof.recoveryCode })
  if (!record.recoveryCodeHashes.includes(hash)) throw new DomainError({ code: 'auth.two-factor-code-invalid' })
  const recoveryCodeHashes = record.recoveryCodeHashes.filter((h) => h !== hash)
  await payload.update({ collection: 'users', id: userId, overrideAccess: true, req, data: { recoveryCodeHashes, twoFactorSessions } })
  return { recoveryCodesLeft: recoveryCodeHashes.length }
}
