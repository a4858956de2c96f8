import { createHash, createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { drawWinners, entriesHash, newDrawSeed, sortEntryIds } from '../../cms/forms/draw-winners'

const seedA = 'a'.repeat(64)
const seedOf = (i: number) => createHash('sha256').update(`seed-${i}`).digest('hex')
const ids = Array.from({ length: 30 }, (_, i) => 100 + i)
// Computed once, and checked against an independent Python implementation of the same steps (hmac, hashlib).
const FIXED_WINNERS = [112, 126, 127, 103, 102]
const FIXED_NAMES = ['els', 'chloé', 'dirk', 'bert', 'anna']

// A shuffle of the given order, so each test also shows the input order does not matter.
const scramble = <T>(list: T[], salt: number) => [...list].map((v, i) => ({ v, k: createHash('sha256').update(`${salt}:${i}`).digest('hex') })).sort((a, b) => (a.k < b.k ? -1 : 1)).map((x) => x.v)

/**
 * The draw rebuilt from its written description (draw-winners.ts, steps 1–4), in the most literal way: whoever
 * checks a draw would write this, so the module must agree with it.
 */
const referenceDraw = (seed: string, entryIds: (string | number)[], count: number) => {
  const keys = [...new Set(entryIds.map(String))].sort()
  const stream: number[] = []
  let counter = 0
  const nextByte = () => {
    if (stream.length === 0) {
      const message = Buffer.alloc(8)
      message.writeBigUInt64BE(BigInt(counter++))
      stream.push(...createHmac('sha256', Buffer.from(seed, 'hex')).update(message).digest())
    }
    return stream.shift() as number
  }
  const below = (n: number) => {
    if (n === 1) return 0
    const bits = (n - 1).toString(2).length
    for (;;) {
      let r = 0
      for (let i = 0; i < Math.ceil(bits / 8); i++) r = r * 256 + nextByte()
      r = r & ((1 << bits) - 1)
      if (r < n) return r
    }
  }
  for (let i = 0; i <= keys.length - 2; i++) {
    const j = i + below(keys.length - i)
    ;[keys[i], keys[j]] = [keys[j], keys[i]]
  }
  return keys.slice(0, count)
}

describe('drawWinners', () => {
  it('gives the same winners for the same seed and entries, whatever their order', () => {
    const first = drawWinners({ seed: seedA, entryIds: ids, count: 5 })
    expect(first).toHaveLength(5)
    expect(new Set(first).size).toBe(5)
    for (let salt = 0; salt < 20; salt++) expect(drawWinners({ seed: seedA, entryIds: scramble(ids, salt), count: 5 })).toEqual(first)
  })

  it('keeps the draw of a recorded seed forever (a fixed answer: changing the algorithm breaks old draws)', () => {
    const seed = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'
    expect(drawWinners({ seed, entryIds: ids, count: 5 })).toEqual(FIXED_WINNERS)
    expect(drawWinners({ seed, entryIds: ['anna', 'bert', 'chloé', 'dirk', 'els'], count: 5 })).toEqual(FIXED_NAMES)
  })

  it('agrees with a literal implementation of its documented algorithm, over many seeds and sizes', () => {
    for (let i = 0; i < 300; i++) {
      // Sizes that need one, two and three bytes per number, and sizes just past a power of two (most rejections).
      const n = [1, 2, 3, 5, 17, 129, 257, 300, 1025][i % 9]
      const entries = Array.from({ length: n }, (_, k) => `sub-${k}`)
      const count = 1 + (i % Math.min(n, 7))
      expect(drawWinners({ seed: seedOf(i), entryIds: scramble(entries, i), count })).toEqual(referenceDraw(seedOf(i), entries, count))
    }
    expect(drawWinners({ seed: seedOf(1), entryIds: Array.from({ length: 70_000 }, (_, k) => k), count: 3 })).toEqual(
      referenceDraw(seedOf(1), Array.from({ length: 70_000 }, (_, k) => k), 3).map(Number),
    )
  })

  it('different seeds draw differently', () => {
    const draws = new Set(Array.from({ length: 50 }, (_, i) => drawWinners({ seed: seedOf(i), entryIds: ids, count: 3 }).join(',')))
    expect(draws.size).toBe(50)
    expect(drawWinners({ seed: seedA, entryIds: ids, count: 30 })).not.toEqual(drawWinners({ seed: 'b'.repeat(64), entryIds: ids, count: 30 }))
  })

  it('drawing more winners later with the same seed keeps the earlier ones, in order', () => {
    const three = drawWinners({ seed: seedA, entryIds: ids, count: 3 })
    expect(drawWinners({ seed: seedA, entryIds: ids, count: 10 }).slice(0, 3)).toEqual(three)
  })

  it('returns every entry, shuffled, when fewer entries than winners', () => {
    const all = drawWinners({ seed: seedA, entryIds: [3, 1, 2], count: 10 })
    expect([...all].sort()).toEqual([1, 2, 3])
    expect(drawWinners({ seed: seedA, entryIds: ['only'], count: 3 })).toEqual(['only'])
    expect(drawWinners({ seed: seedA, entryIds: [], count: 3 })).toEqual([])
  })

  it('counts an entry once, however often and in whichever type it is listed', () => {
    const winners = drawWinners({ seed: seedA, entryIds: [7, '7', 7, 'x', 'x', 8], count: 10 })
    expect(winners).toHaveLength(3)
    expect(winners).toContain(7) // the number, whichever came first
    expect(drawWinners({ seed: seedA, entryIds: ['7', 7, 'x', 8], count: 10 })).toEqual(winners)
  })

  it('is uniform: over many seeds each of 5 entries wins about as often, and each of the 120 orders appears', () => {
    const entries = ['a', 'b', 'c', 'd', 'e']
    const draws = 12_000
    const firsts = new Map<string, number>()
    const orders = new Map<string, number>()
    for (let i = 0; i < draws; i++) {
      const order = drawWinners({ seed: seedOf(i), entryIds: entries, count: 5 })
      firsts.set(order[0], (firsts.get(order[0]) ?? 0) + 1)
      orders.set(order.join(''), (orders.get(order.join('')) ?? 0) + 1)
    }
    const chiSquare = (counts: number[], expected: number) => counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0)
    // 4 degrees of freedom: 18.5 is the 0.1 % tail; 119 degrees: 170 is well past it. Seeds are fixed, so no flakes.
    expect(firsts.size).toBe(5)
    expect(chiSquare([...firsts.values()], draws / 5)).toBeLessThan(18.5)
    expect(orders.size).toBe(120)
    expect(chiSquare([...orders.values()], draws / 120)).toBeLessThan(170)
  })

  it.each([
    ['too short', 'ab'.repeat(31)],
    ['too long', 'ab'.repeat(33)],
    ['not hex', 'g'.repeat(64)],
    ['prefixed', `0x${'a'.repeat(62)}`],
    ['spaced', ` ${'a'.repeat(63)}`],
    ['empty', ''],
    ['not a string', 42],
  ])('refuses a seed that is %s', (_, seed) => {
    expect(() => drawWinners({ seed: seed as string, entryIds: ids, count: 1 })).toThrow(/seed/)
  })

  it('accepts a seed in upper case as the same bytes', () => {
    expect(drawWinners({ seed: seedOf(3).toUpperCase(), entryIds: ids, count: 4 })).toEqual(drawWinners({ seed: seedOf(3), entryIds: ids, count: 4 }))
  })

  it.each([0, -1, 1.5, Number.NaN, Infinity, '3'])('refuses %s winners', (count) => {
    expect(() => drawWinners({ seed: seedA, entryIds: ids, count: count as number })).toThrow(/winners/)
  })

  it.each([[[1, null]], [[Number.NaN]], [['a\nb']], [[{}]], ['not an array']])('refuses the entries %j', (entryIds) => {
    expect(() => drawWinners({ seed: seedA, entryIds: entryIds as string[], count: 1 })).toThrow()
  })
})

describe('entriesHash and sortEntryIds', () => {
  it('hashes the sorted, deduplicated ids joined by line breaks, whatever the order', () => {
    const expected = createHash('sha256').update('10\n100\n9\nb').digest('hex')
    expect(entriesHash([9, 'b', 100, 10])).toBe(expected)
    expect(entriesHash(['b', 10, '9', 100, 9])).toBe(expected)
    expect(sortEntryIds([9, 'b', 100, 10, '10'])).toEqual([10, 100, 9, 'b'])
  })

  it('tells different entry lists apart', () => {
    expect(entriesHash([1, 2, 3])).not.toBe(entriesHash([1, 2]))
    expect(entriesHash([])).toBe(createHash('sha256').update('').digest('hex'))
  })
})

describe('newDrawSeed', () => {
  it('makes 32 random bytes as hex, new each time, that a draw accepts', () => {
    const seeds = new Set(Array.from({ length: 100 }, () => newDrawSeed()))
    expect(seeds.size).toBe(100)
    for (const seed of seeds) expect(seed).toMatch(/^[0-9a-f]{64}$/)
    expect(drawWinners({ seed: newDrawSeed(), entryIds: ids, count: 2 })).toHaveLength(2)
  })
})
