import { createHash } from 'node:crypto'

import { verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import { z } from 'zod'

import { altchaKey } from './altcha-challenge'

const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.object({ algorithm: z.literal('PBKDF2/SHA-256') }).loose(),
    signature: z.string().min(16).max(200),
  }),
  solution: z.object({ counter: z.number().int().nonnegative(), derivedKey: z.string().regex(/^[0-9a-f]{2,256}$/), time: z.number().optional() }),
})

export type AltchaCheck = { state: 'verified'; nonce: string } | { state: 'missing' | 'invalid' }

/**
 * Checks the widget's payload (base64 JSON of challenge + solution): our signature, not expired, the right key. The
 * nonce returned names this challenge: the caller claims it once (claimOnce), so a solved challenge is good for one
 * sign-up in every process, and a double-posted form sends one mail.
 */
export const verifyAltchaPayload = async ({ secret, payload }: { secret: string; payload: unknown }): Promise<AltchaCheck> => {
  if (typeof payload !== 'string' || payload === '') return { state: 'missing' }
  if (payload.length > 4_000) return { state: 'invalid' }
  let parsed: z.infer<typeof payloadSchema>
  try {
    const decoded = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')))
    if (!decoded.success) return { state: 'invalid' }
    parsed = decoded.data
  } catch {
    return { state: 'invalid' }
  }
  const key = altchaKey(secret)
  const result = await verifySolution({
    challenge: parsed.challenge as unknown as Parameters<typeof verifySolution>[0]['challenge'],
    solution: parsed.solution,
    deriveKey,
    hmacSignatureSecret: key,
    hmacKeySignatureSecret: key,
  }).catch(() => undefined)
  if (!result?.verified) return { state: 'invalid' }
  const nonce = createHash('sha256').update(parsed.challenge.signature).digest('base64url').slice(0, 24)
  return { state: 'verified', nonce }
}
