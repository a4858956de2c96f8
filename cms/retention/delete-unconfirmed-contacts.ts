import type { Payload } from 'payload'

import { retentionBatchSize, deleteInBatches } from './delete-in-batches'
import { findUnconfirmedContacts } from './find-unconfirmed-contacts'

/**
 * Deletes the contacts who signed up before `before` and never confirmed (find-unconfirmed-contacts.ts), with their
 * timeline (contact-activities refuse deletion except for erasure, which this is: the person never became a
 * subscriber). The consent ledger is not touched: these people have no records in it, and a ledger record's link to
 * a deleted contact is unlinked by the database (SQLite) or left dangling (MongoDB) while its hashed content stays.
 * Their mail messages stay until the mail period ends (the contact link is unlinked the same way).
 */
export const deleteUnconfirmedContacts = async ({ payload, before }: { payload: Payload; before: Date }): Promise<number> => {
  const ids = await findUnconfirmedContacts({ payload, before })
  let deleted = 0
  for (let i = 0; i < ids.length; i += retentionBatchSize) {
    const batch = ids.slice(i, i + retentionBatchSize)
    await deleteInBatches({ payload, collection: 'contact-activities', where: { contact: { in: batch } }, context: { erasure: true } })
    deleted += await deleteInBatches({ payload, collection: 'contacts', where: { id: { in: batch } } })
  }
  return deleted
}
