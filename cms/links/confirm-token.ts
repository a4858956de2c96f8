import { z } from 'zod'

import { createSignedToken, readSignedToken } from './signed-token'

/** Double opt-in: the confirmation link works for 48 hours. */
export const confirmLinkHours = 48

const claim = z.object({
  s: z.string().min(1).max(64),
  /** The list keys asked for. */
  l: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).min(1).max(20),
  /** Which sign-up this is (so a reused link is recognised as such). */
  n: z.string().min(8).max(64),
  /** The tracking box was ticked at sign-up (granted with the confirmation). */
  t: z.boolean().optional(),
  /** The wording shown at sign-up: its language and the SHA-256 of the text (the ledger's evidence). */
  w: z.string().regex(/^(nl|fr|en):[0-9a-f]{64}$/).optional(),
})
export type ConfirmClaim = { contactRef: string; lists: string[]; nonce: string; tracking: boolean; wording?: { locale: 'nl' | 'fr' | 'en'; hash: string } }

export const createConfirmToken = ({
  secret,
  contactRef,
  lists,
  nonce,
  tracking = false,
  wording,
  now = new Date(),
}: {
  secret: string
  contactRef: string
  lists: string[]
  nonce: string
  tracking?: boolean
  wording?: { locale: 'nl' | 'fr' | 'en'; hash: string }
  now?: Date
}) =>
  createSignedToken({
    secret,
    purpose: 'confirm',
    claim: { s: contactRef, l: lists, n: nonce, ...(tracking ? { t: true } : {}), ...(wording ? { w: `${wording.locale}:${wording.hash}` } : {}) },
    expiresAt: new Date(now.getTime() + confirmLinkHours * 3_600_000),
  })

export const readConfirmToken = ({ secret, token, now }: { secret: string; token: unknown; now?: Date }): { state: 'invalid' } | { state: 'valid' | 'expired'; claim: ConfirmClaim } => {
  const read = readSignedToken({ secret, purpose: 'confirm', token, schema: claim, now })
  if (read.state === 'invalid') return read
  const [locale, hash] = read.claim.w ? (read.claim.w.split(':') as ['nl' | 'fr' | 'en', string]) : []
  return {
    state: read.state,
    claim: { contactRef: read.claim.s, lists: read.claim.l, nonce: read.claim.n, tracking: read.claim.t === true, wording: locale && hash ? { locale, hash } : undefined },
  }
}
