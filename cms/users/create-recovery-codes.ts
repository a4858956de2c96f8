import { randomInt } from 'node:crypto'

import { recoveryCodeHash } from './recovery-code-hash'

// No 0/O, 1/I/L: codes are read off paper.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** Ten fresh recovery codes (xxxxx-xxxxx) and their hashes: the codes are shown once, only the hashes are kept. */
export const createRecoveryCodes = (): { codes: string[]; hashes: string[] } => {
  const codes = Array.from({ length: 10 }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('')
    return `${chars.slice(0, 5)}-${chars.slice(5)}`
  })
  return { codes, hashes: codes.map((code) => recoveryCodeHash({ code })) }
}
