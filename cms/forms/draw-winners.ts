import { createHmac, randomBytes } from 'node:crypto'

import { sha256 } from '../../config/sha256'

/**
 * The contest draw: random, yet reproducible by anyone from what the draw record keeps (the seed, and the entries it
 * was drawn over, which `entriesHash` pins down). Changing anything below changes the winners of past draws when
 * recomputed, so the algorithm is spelled out exactly and must stay as it is:
 *
 * 1. Entries: every id as a string (`String(id)`), sorted by UTF-16 code units ascending (so "10" < "9"), duplicates
 *    dropped (1 and "1" are the same entry; the number is kept). The order the ids were given in never matters.
 * 2. Random bytes: HMAC-SHA256 keyed with the seed's 32 bytes over an 8-byte big-endian counter (0, 1, 2, …), the
 *    32-byte outputs concatenated.
 * 3. A number below n: the fewest whole bytes holding n − 1, read big-endian, reduced to the bit length of n − 1
 *    (the remainder by the next power of two); a value ≥ n is rejected and the next bytes are read. No modulo bias.
 * 4. Fisher–Yates from the front: for i = 0 … n − 2, swap entry i with entry i + (a number below n − i). Position i
 *    is final after step i, so the first `count` entries are the winners in the order drawn, and drawing more
 *    winners later with the same seed keeps the earlier ones.
 */

export type EntryId = string | number

export const drawSeedPattern = /^[0-9a-f]{64}$/i

// Draws are of form submissions: a million entries is far beyond any contest and keeps every number below 2^48.
const maxEntries = 1_000_000

const entryKey = (id: EntryId) => String(id)

/** The entries of a draw in their canonical order (see step 1). Throws on ids that cannot be listed unambiguously. */
export const sortEntryIds = <T extends EntryId>(entryIds: readonly T[]): T[] => {
  if (!Array.isArray(entryIds)) throw new TypeError('entryIds must be an array')
  for (const id of entryIds) {
    const valid = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))
    // A line break would make the entries hash ambiguous ("a\nb" versus "a", "b").
    if (!valid || entryKey(id).includes('\n')) throw new TypeError(`invalid entry id: ${String(id).slice(0, 40)}`)
  }
  const sorted = [...entryIds].sort((a, b) => {
    const [x, y] = [entryKey(a), entryKey(b)]
    if (x !== y) return x < y ? -1 : 1
    // The same key as a number and as a string: the number first, so which one is kept never depends on input order.
    return (typeof a === 'number' ? 0 : 1) - (typeof b === 'number' ? 0 : 1)
  })
  return sorted.filter((id, i) => i === 0 || entryKey(sorted[i - 1]) !== entryKey(id))
}

/**
 * sha256 (hex) of the canonical entry list joined by "\n": recorded with the draw, it proves which entries the draw
 * ran over without storing them twice, and lets anyone check a recomputation used the same list.
 */
export const entriesHash = (entryIds: readonly EntryId[]): string => sha256({ text: sortEntryIds(entryIds).map(entryKey).join('\n') })

/** A fresh seed for a draw: 32 random bytes from the OS, hex. Recorded before the winners are announced. */
export const newDrawSeed = (): string => randomBytes(32).toString('hex')

// The HMAC-SHA256 counter stream of step 2, read byte by byte.
const byteStream = (key: Buffer) => {
  let counter = 0n
  let block = Buffer.alloc(0)
  let offset = 0
  return () => {
    if (offset === block.length) {
      const message = Buffer.alloc(8)
      message.writeBigUInt64BE(counter++)
      block = createHmac('sha256', key).update(message).digest()
      offset = 0
    }
    return block[offset++]
  }
}

// Step 3: an unbiased number in [0, n).
const below = (n: number, nextByte: () => number) => {
  if (n === 1) return 0
  const bits = Math.floor(Math.log2(n - 1)) + 1
  const bytes = Math.ceil(bits / 8)
  const range = 2 ** bits
  for (;;) {
    let r = 0
    for (let i = 0; i < bytes; i++) r = r * 256 + nextByte()
    r %= range // keeps the low `bits` bits: exact for powers of two
    if (r < n) return r
  }
}

/**
 * Draws `count` winners among the entries (all of them, shuffled, when there are fewer), reproducibly from the seed.
 * Throws on a seed that is not 64 hex characters, a count that is not a positive integer, or an invalid entry id:
 * a draw that cannot be recomputed must not happen at all.
 */
export const drawWinners = <T extends EntryId>({ seed, entryIds, count }: { seed: string; entryIds: readonly T[]; count: number }): T[] => {
  if (typeof seed !== 'string' || !drawSeedPattern.test(seed)) throw new TypeError('the draw seed must be 64 hex characters (32 bytes)')
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError('the number of winners must be a whole number of at least 1')
  const entries = sortEntryIds(entryIds)
  if (entries.length > maxEntries) throw new RangeError(`a draw takes at most ${maxEntries} entries`)

  const nextByte = byteStream(Buffer.from(seed, 'hex'))
  const winners = Math.min(count, entries.length)
  for (let i = 0; i < Math.min(winners, entries.length - 1); i++) {
    const j = i + below(entries.length - i, nextByte)
    ;[entries[i], entries[j]] = [entries[j], entries[i]]
  }
  return entries.slice(0, winners)
}
