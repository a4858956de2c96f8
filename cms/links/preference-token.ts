import { z } from 'zod'

import { createSignedToken, readSignedToken } from './signed-token'

/** How long a preference-center link in a mail works; an expired one offers to mail a fresh one. */
export const preferenceLinkDays = 60

const claim = z.object({ s: z.string().min(1).max(64) })

/** The signed link to a person's preference center: no account, no password, no address in the link. */
export const createPreferenceToken = ({ secret, contactRef, now = new Date() }: { secret: string; contactRef: string; now?: Date }) =>
  createSignedToken({ secret, purpose: 'preferences', claim: { s: contactRef }, expiresAt: new Date(now.getTime() + preferenceLinkDays * 86_400_000) })

export const readPreferenceToken = ({ secret, token, now }: { secret: string; token: unknown; now?: Date }) => {
  const read = readSignedToken({ secret, purpose: 'preferences', token, schema: claim, now })
  return read.state === 'invalid' ? read : { state: read.state, contactRef: read.claim.s }
}
