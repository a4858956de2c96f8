import type { PayloadRequest } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { sharedBudget } from '../database/shared-budget'
import { DomainError } from '../errors'

/**
 * A per-user budget for the trials admin's heavy reads (the export decrypts every trial's name and address), on top
 * of the server's per-client budgets: a leaked session or a runaway script cannot pull the whole list of people over
 * and over. Kept in the database, so every server process draws from it. Throws the table's 429 when spent.
 */
export const spendTrialAdminBudget = async ({ req, name, points, durationSeconds }: { req: PayloadRequest; name: string; points: number; durationSeconds: number }): Promise<void> => {
  try {
    await sharedBudget({ payload: req.payload, name, points, durationSeconds }).consume(`user:${String(req.user?.id ?? '')}`)
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new DomainError({ code: 'trial.too-many-requests', params: { seconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) } })
    throw error
  }
}
