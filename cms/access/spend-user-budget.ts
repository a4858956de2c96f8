import type { PayloadRequest } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { sharedBudget } from '../database/shared-budget'
import { DomainError, type ErrorCode } from '../errors'

/**
 * A per-user budget for an admin's heavy actions (an import writes thousands of rows, an export decrypts everyone's
 * address), on top of the server's per-client budgets: a leaked session or a runaway script cannot repeat them
 * without end. Kept in the database, so every server process draws from it. Throws `code` (a 429) when spent.
 */
export const spendUserBudget = async ({ req, name, points, durationSeconds, code }: { req: PayloadRequest; name: string; points: number; durationSeconds: number; code: ErrorCode }): Promise<void> => {
  try {
    await sharedBudget({ payload: req.payload, name, points, durationSeconds }).consume(`user:${String(req.user?.id ?? '')}`)
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new DomainError({ code, params: { seconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) } })
    throw error
  }
}
