import type { PayloadRequest } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { sharedBudget } from '../database/shared-budget'
import { DomainError } from '../errors'

/**
 * A per-user budget for the webinar admin's heavy actions (an import writes thousands of rows, a message mails every
 * seat), on top of the server's per-client write budget and origin check that every POST passes: one marketer's
 * runaway script cannot flood the queue. Throws the table's 429 when spent.
 */
export const spendWebinarAdminBudget = async ({ req, name, points, durationSeconds }: { req: PayloadRequest; name: string; points: number; durationSeconds: number }): Promise<void> => {
  try {
    await sharedBudget({ payload: req.payload, name, points, durationSeconds }).consume(`user:${String(req.user?.id ?? '')}`)
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new DomainError({ code: 'webinar.too-many-requests', params: { seconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) } })
    throw error
  }
}
