import { z } from 'zod'

import { createSignedToken, readSignedToken } from './signed-token'

/** Long enough to outlive any trial and its last mail; after it, the person answers the mail or uses privacy rights. */
export const trialMailsTokenLifetimeMs = 180 * 24 * 3_600_000

const claim = z.object({ k: z.string().regex(/^trial_[A-Za-z0-9_-]{16,64}$/) })

/** The "no more mails about my trial" link of every lifecycle mail: names the trial by its random key, never its row. */
export const createTrialMailsToken = ({ secret, trialKey, now = new Date() }: { secret: string; trialKey: string; now?: Date }) =>
  createSignedToken({ secret, purpose: 'trial-mails', claim: { k: trialKey }, expiresAt: new Date(now.getTime() + trialMailsTokenLifetimeMs) })

export const readTrialMailsToken = ({ secret, token, now }: { secret: string; token: unknown; now?: Date }): { state: 'invalid' } | { state: 'valid' | 'expired'; trialKey: string } => {
  const read = readSignedToken({ secret, purpose: 'trial-mails', token, schema: claim, now })
  return read.state === 'invalid' ? read : { state: read.state, trialKey: read.claim.k }
}
