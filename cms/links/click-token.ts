import { z } from 'zod'

import { createSignedToken, readSignedToken } from './signed-token'

/** How long a tracked link counts clicks. After that it still leads to its page: a mail kept for years keeps working. */
export const clickLinkDays = 400

const claim = z.object({
  c: z.string().min(1).max(64),
  u: z.string().max(2048).refine((u) => /^https?:\/\//i.test(u), 'http(s) only'),
  s: z.string().min(1).max(64).optional(),
})

export type ClickClaim = { campaign: string; url: string; contactRef?: string }

/**
 * A link in a campaign mail that passes through our own redirect: the campaign, the page it leads to and — only for
 * a person who agreed to per-person measurement — their reference. Signed, so it can never become an open redirect.
 */
export const createClickToken = ({ secret, campaign, url, contactRef, issuedAt }: { secret: string; campaign: string; url: string; contactRef?: string; issuedAt: Date }) =>
  createSignedToken({
    secret,
    purpose: 'click',
    claim: { c: campaign, u: url, ...(contactRef ? { s: contactRef } : {}) },
    expiresAt: new Date(issuedAt.getTime() + clickLinkDays * 86_400_000),
  })

export const readClickToken = ({ secret, token, now }: { secret: string; token: unknown; now?: Date }): { state: 'valid' | 'expired'; claim: ClickClaim } | { state: 'invalid' } => {
  const read = readSignedToken({ secret, purpose: 'click', token, schema: claim, now, maxLength: 3_200 })
  if (read.state === 'invalid') return read
  return { state: read.state, claim: { campaign: read.claim.c, url: read.claim.u, contactRef: read.claim.s } }
}
