import type { Payload } from 'payload'
import { z } from 'zod'

const stringList = z.array(z.string()).catch([])

export type TwoFactorRecord = {
  id: string | number
  email: string
  enabled: boolean
  secret?: string
  pendingSecret?: string
  lastStep?: number
  recoveryCodeHashes: string[]
  sessions: string[]
  /** The sessions Payload still knows (signed-out or expired ones drop out of `sessions` when we write). */
  liveSessions: string[]
}

/** A user's two-factor fields, read past their `hidden` flag (only the two-factor operations call this). */
export const twoFactorRecord = async ({ payload, id }: { payload: Payload; id: string | number }): Promise<TwoFactorRecord | undefined> => {
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })
  if (!user) return undefined
  return {
    id: user.id,
    email: user.email,
    enabled: user.twoFactorEnabled === true,
    secret: user.totpSecret ?? undefined,
    pendingSecret: user.totpPendingSecret ?? undefined,
    lastStep: user.totpLastStep ?? undefined,
    recoveryCodeHashes: stringList.parse(user.recoveryCodeHashes),
    sessions: stringList.parse(user.twoFactorSessions),
    liveSessions: (user.sessions ?? []).map((s) => s.id),
  }
}
