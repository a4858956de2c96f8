import type { Payload } from 'payload'

import { deleteInBatches } from './delete-in-batches'

/**
 * Form answers past their form's retention period (each submission carries its own `expiresAt`, set from the form
 * when it arrived, so shortening a form's period later does not reach back). The contact and the consent ledger stay.
 */
export const deleteExpiredFormAnswers = async ({ payload, now }: { payload: Payload; now: Date }): Promise<number> =>
  deleteInBatches({ payload, collection: 'form-submissions', where: { expiresAt: { less_than: now.toISOString() } } })
