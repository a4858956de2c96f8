import { randomBytes } from 'node:crypto'

import { z } from 'zod'

import { createSignedToken, readSignedToken } from '../links/signed-token'

/** A person needs a few seconds to fill in the form; a script posting at once is not a person. */
export const minFormAgeMs = 3_000
/** A stamp older than this is stale (the page was left open): the person is asked to send again. */
export const maxFormAgeMs = 2 * 3_600_000

const claim = z.object({ t: z.number().int().positive(), n: z.string().regex(/^[A-Za-z0-9_-]{16,32}$/) })

/**
 * The signed time a sign-up form was rendered, with a nonce naming this sign-up: the bot check for people without
 * JavaScript (no proof-of-work possible), and the key that makes a double-posted form send one mail. Only pages
 * rendered per request carry one (never a cached page).
 */
export const createFormStamp = ({ secret, now = new Date() }: { secret: string; now?: Date }): string =>
  createSignedToken({ secret, purpose: 'form-stamp', claim: { t: now.getTime(), n: randomBytes(12).toString('base64url') }, expiresAt: new Date(now.getTime() + maxFormAgeMs) })

export type FormStampRead = { state: 'fresh'; nonce: string } | { state: 'too-early' | 'stale' | 'invalid' }

export const readFormStamp = ({ secret, stamp, now = new Date() }: { secret: string; stamp: unknown; now?: Date }): FormStampRead => {
  const read = readSignedToken({ secret, purpose: 'form-stamp', token: stamp, schema: claim, now })
  if (read.state === 'invalid') return read
  if (read.state === 'expired') return { state: 'stale' }
  return now.getTime() - read.claim.t < minFormAgeMs ? { state: 'too-early' } : { state: 'fresh', nonce: read.claim.n }
}
