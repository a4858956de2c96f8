import { hkdfSync } from 'node:crypto'

import { createChallenge, randomInt } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'

/** PBKDF2 rounds per attempt, and the largest counter: about a second of work in a browser, one derivation for us. */
export const altchaCost = 500
export const altchaMaxCounter = 4_000
/** A challenge must be solved and posted within this time. */
export const altchaValidMinutes = 20

const keys = new Map<string, string>()
/** The HMAC key for challenges, derived from the application secret (never the secret itself). */
export const altchaKey = (secret: string): string => {
  let key = keys.get(secret)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'myplugin-altcha', 'altcha-challenge-v1', 32)).toString('base64url')
    keys.set(secret, key)
  }
  return key
}

/**
 * A fresh proof-of-work challenge for the sign-up forms' ALTCHA widget (served by our own endpoint, no third party).
 * Deterministic mode: we know the counter and sign the derived key, so verifying costs one HMAC.
 */
export const createAltchaChallenge = ({ secret, now = new Date() }: { secret: string; now?: Date }) => {
  const key = altchaKey(secret)
  return createChallenge({
    algorithm: 'PBKDF2/SHA-256',
    cost: altchaCost,
    counter: randomInt(altchaMaxCounter, 1),
    deriveKey,
    expiresAt: new Date(now.getTime() + altchaValidMinutes * 60_000),
    hmacSignatureSecret: key,
    hmacKeySignatureSecret: key,
  })
}
