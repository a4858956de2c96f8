import type { Payload } from 'payload'

import { deleteInBatches } from './delete-in-batches'

/**
 * Trials past their use: never verified by the unconfirmed-sign-ups cut-off (the address was never proven; the
 * signup's acceptance stays in the consent ledger), and ended ones (converted, expired, cancelled, or failed and
 * left) by the trials cut-off, counted from when they ended. The account itself lives in the web application; the
 * contact and its timeline follow their own rules. Returns the two counts.
 */
export const deleteExpiredTrials = async ({ payload, unverifiedBefore, endedBefore }: { payload: Payload; unverifiedBefore: Date; endedBefore: Date }): Promise<{ unverified: number; ended: number }> => {
  const ended = endedBefore.toISOString()
  return {
    unverified: await deleteInBatches({ payload, collection: 'trials', where: { and: [{ status: { equals: 'awaiting-verification' } }, { createdAt: { less_than: unverifiedBefore.toISOString() } }] } }),
    ended: await deleteInBatches({
      payload,
      collection: 'trials',
      where: {
        or: [
          { and: [{ status: { in: ['expired', 'cancelled'] } }, { endedAt: { less_than: ended } }] },
          { and: [{ status: { equals: 'converted' } }, { convertedAt: { less_than: ended } }] },
          { and: [{ status: { equals: 'failed' } }, { updatedAt: { less_than: ended } }] },
        ],
      },
    }),
  }
}
