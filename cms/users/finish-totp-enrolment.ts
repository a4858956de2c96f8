import type { Payload, PayloadRequest } from 'payload'

import { DomainError } from '../errors'
import { acceptedTotpStep } from './accepted-totp-step'
import { createRecoveryCodes } from './create-recovery-codes'
import { twoFactorRecord } from './two-factor-record'
import { verifiedSessions } from './verified-sessions'

/**
 * Turns two-factor on once a code from the offered secret proves the app has it. Answers the recovery codes: the
 * only time they exist in plain text. The enrolling session counts as verified (it just gave a code).
 */
export const finishTotpEnrolment = async ({ payload, userId, sid, code, req }: { payload: Payload; userId: string | number; sid?: string; code: unknown; req?: PayloadRequest }): Promise<{ recoveryCodes: string[] }> => {
  const record = await twoFactorRecord({ payload, id: userId })
  if (!record) throw new DomainError({ code: 'auth.signed-in-only' })
  if (record.enabled) throw new DomainError({ code: 'auth.two-factor-already-enrolled' })
  if (!record.pendingSecret) throw new DomainError({ code: 'auth.two-factor-not-started' })
  const step = acceptedTotpStep({ secret: record.pendingSecret, code })
  if (step === undefined) throw new DomainError({ code: 'auth.two-factor-code-invalid' })
  const { codes, hashes } = createRecoveryCodes()
  await payload.update({
    collection: 'users',
    id: userId,
    overrideAccess: true,
    req,
    data: {
      twoFactorEnabled: true,
      totpSecret: record.pendingSecret,
      totpPendingSecret: null,
      totpLastStep: step,
      recoveryCodeHashes: hashes,
      twoFactorSessions: verifiedSessions({ record, sid }),
    },
  })
  return { recoveryCodes: codes }
}
