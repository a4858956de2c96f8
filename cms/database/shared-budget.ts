import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'
import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterMongo, type RateLimiterRes } from 'rate-limiter-flexible'

import { rateLimitsTable } from './rate-limits-table'

export type SharedBudget = {
  /** Resolves when the key had points left; rejects with rate-limiter-flexible's `RateLimiterRes` when it had not. */
  consume: (key: string, points?: number) => Promise<RateLimiterRes>
  /** Forgets what `key` used (everywhere; and this process's in-memory block of it). */
  release: (key: string) => Promise<void>
}

const limiters = new WeakMap<Payload, Map<string, SharedBudget>>()

/**
 * A budget of `points` per key per `durationSeconds`, kept in the database (rate-limiter-flexible's Drizzle store on
 * SQLite, its Mongo store on MongoDB): every server process draws from the same budget, and a restart forgets
 * nothing. Keys are hashed with the instance secret before they are stored, so the table never holds an address.
 * `fallBackToMemory`: when the database cannot answer, count in this process instead of failing the request (for
 * budgets that guard requests that may not need the database themselves).
 */
export const sharedBudget = ({
  payload,
  name,
  points,
  durationSeconds,
  fallBackToMemory = false,
}: {
  payload: Payload
  name: string
  points: number
  durationSeconds: number
  fallBackToMemory?: boolean
}): SharedBudget => {
  const id = `${name}|${points}|${durationSeconds}|${fallBackToMemory}`
  const own = limiters.get(payload) ?? new Map<string, SharedBudget>()
  limiters.set(payload, own)
  const known = own.get(id)
  if (known) return known
  const options = {
    keyPrefix: name,
    points,
    duration: durationSeconds,
    // A key past its budget is then refused from this process's memory until its window ends: a flood from one
    // client costs no database write per request (rate-limiter-flexible's in-memory block).
    inMemoryBlockOnConsumed: points + 1,
    inMemoryBlockDuration: durationSeconds,
    insuranceLimiter: fallBackToMemory ? new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds }) : undefined,
  }
  const limiter =
    payload.db.name === 'mongoose'
      ? new RateLimiterMongo({ ...options, storeClient: (payload.db as unknown as { connection: unknown }).connection, tableName: 'rate_limits' })
      : new RateLimiterDrizzle({ ...options, storeClient: (payload.db as unknown as { drizzle: unknown }).drizzle, schema: rateLimitsTable })
  const hashed = (key: string) => createHmac('sha256', payload.secret).update(`${name}\u0000${key}`).digest('base64url').slice(0, 32)
  const budget: SharedBudget = {
    consume: (key, used = 1) => limiter.consume(hashed(key), used),
    release: async (key) => {
      await limiter.delete(hashed(key))
    },
  }
  own.set(id, budget)
  return budget
}
