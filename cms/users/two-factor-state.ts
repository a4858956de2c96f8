import type { Payload } from 'payload'

import { twoFactorRecord } from './two-factor-record'
import { twoFactorRequired } from './two-factor-required'

export type TwoFactorState = 'ok' | 'enrol' | 'verify'

type SignedIn = { id: string | number; collection?: string; roles?: unknown; _sid?: string } | null | undefined

/**
 * Where a signed-in request stands: `ok`, `enrol` (required but not set up) or `verify` (set up, but this session
 * has not given a code yet). Anonymous requests are `ok`: access rules deal with them.
 */
export const twoFactorState = async ({ payload, user, production }: { payload: Payload; user: SignedIn; production: boolean }): Promise<TwoFactorState> => {
  if (!user || user.collection !== 'users') return 'ok'
  const record = await twoFactorRecord({ payload, id: user.id })
  if (!record) return 'ok'
  if (!record.enabled) return twoFactorRequired({ user, production }) ? 'enrol' : 'ok'
  return user._sid && record.sessions.includes(user._sid) ? 'ok' : 'verify'
}
