import { z } from 'zod'

import { clickLinkDays } from './click-token'
import { createSignedToken, readSignedToken } from './signed-token'

const claim = z.object({ c: z.string().min(1).max(64), s: z.string().min(1).max(64) })

/**
 * The open pixel's token: only ever made for a person who agreed to per-person measurement (everyone else's mail
 * carries no pixel at all), so it always names the campaign and the person.
 */
export const createOpenToken = ({ secret, campaign, contactRef, issuedAt }: { secret: string; campaign: string; contactRef: string; issuedAt: Date }) =>
  createSignedToken({ secret, purpose: 'open', claim: { c: campaign, s: contactRef }, expiresAt: new Date(issuedAt.getTime() + clickLinkDays * 86_400_000) })

export const readOpenToken = ({ secret, token, now }: { secret: string; token: unknown; now?: Date }) => {
  const read = readSignedToken({ secret, purpose: 'open', token, schema: claim, now })
  return read.state === 'invalid' ? read : { state: read.state, campaign: read.claim.c, contactRef: read.claim.s }
}
