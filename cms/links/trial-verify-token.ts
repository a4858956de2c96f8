import { z } from 'zod'

import { createSignedToken, readSignedToken } from './signed-token'

/** The promise: a verification link works for a day; after that the person signs up again for a fresh one. */
export const trialVerifyLifetimeMs = 24 * 3_600_000

const claim = z.object({
  /** The trial's idempotency key (random, never reused): not its row id, which SQLite may hand to someone else. */
  k: z.string().regex(/^trial_[A-Za-z0-9_-]{16,64}$/),
})

/** The link in the verification mail: proves the address belongs to the person who signed up. */
export const createTrialVerifyToken = ({ secret, trialKey, now = new Date() }: { secret: string; trialKey: string; now?: Date }) =>
  createSignedToken({ secret, purpose: 'trial-verify', claim: { k: trialKey }, expiresAt: new Date(now.getTime() + trialVerifyLifetimeMs) })

export const readTrialVerifyToken = ({ secret, token, now }: { secret: string; token: unknown; now?: Date }): { state: 'invalid' } | { state: 'valid' | 'expired'; trialKey: string } => {
  const read = readSignedToken({ secret, purpose: 'trial-verify', token, schema: claim, now })
  return read.state === 'invalid' ? read : { state: read.state, trialKey: read.claim.k }
}
