import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { sharedBudget } from './shared-budget'

/**
 * True the first time `key` is claimed in `scope` within `ttlSeconds`, false every later time, in every server
 * process and across restarts: a solved bot check or a form stamp is good for one sign-up. A budget of one point is
 * exactly an atomic "first claim wins" with expiry, so it shares the rate-limit store instead of a table of its own.
 * A database that cannot answer fails the claim loudly rather than letting a replay through.
 */
export const claimOnce = async ({ payload, scope, key, ttlSeconds }: { payload: Payload; scope: string; key: string; ttlSeconds: number }): Promise<boolean> => {
  try {
    await sharedBudget({ payload, name: `once:${scope}`, points: 1, durationSeconds: ttlSeconds }).consume(key)
    return true
  } catch (error) {
    if (error instanceof RateLimiterRes) return false
    throw error
  }
}

/**
 * Gives a claim back: for a message whose processing failed after its id was claimed, so the sender's retry is
 * processed instead of being taken for a replay (what the Resend webhook does with its receipt row).
 */
export const releaseClaim = async ({ payload, scope, key, ttlSeconds }: { payload: Payload; scope: string; key: string; ttlSeconds: number }): Promise<void> => {
  await sharedBudget({ payload, name: `once:${scope}`, points: 1, durationSeconds: ttlSeconds }).release(key)
}
