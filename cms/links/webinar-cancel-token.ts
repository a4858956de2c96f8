import { z } from 'zod'

import { createSignedToken, readSignedToken } from './signed-token'

/** A cancel link outlives any webinar it can be about; a year bounds what a leaked old mail can do. */
const lifetimeMs = 365 * 24 * 3_600_000

const claim = z.object({
  /** The registration's key (webinar id and the person's random reference): never a reusable row id. */
  k: z.string().regex(/^w[A-Za-z0-9]{1,32}:c[A-Za-z0-9_-]{1,64}$/),
})

/** The link in every webinar mail that lets the person give their seat back (or leave the waitlist). */
export const createWebinarCancelToken = ({ secret, registrationKey, now = new Date() }: { secret: string; registrationKey: string; now?: Date }) =>
  createSignedToken({ secret, purpose: 'webinar-cancel', claim: { k: registrationKey }, expiresAt: new Date(now.getTime() + lifetimeMs) })

export const readWebinarCancelToken = ({ secret, token, now }: { secret: string; token: unknown; now?: Date }): { state: 'invalid' } | { state: 'valid' | 'expired'; registrationKey: string } => {
  const read = readSignedToken({ secret, purpose: 'webinar-cancel', token, schema: claim, now })
  return read.state === 'invalid' ? read : { state: read.state, registrationKey: read.claim.k }
}
