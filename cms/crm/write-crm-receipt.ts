import type { Payload } from 'payload'

import { isUniqueViolation } from '../database/is-unique-violation'

export type CrmReceiptInput = {
  contact?: number | string
  contactRef: string
  action: 'upserted' | 'subscribed' | 'unsubscribed' | 'gdpr-deleted'
  at: Date
  purpose?: string
  legalBasis?: string
  legalBasisExplanation?: string
  evidenceSequence?: number
  properties?: string[]
  /** The same change twice (a retried round) has the same key: it is written once. */
  key: string
}

/** One receipt of what went to HubSpot (crm-receipts.ts); a second with the same key changes nothing. */
export const writeCrmReceipt = async ({ payload, receipt }: { payload: Payload; receipt: CrmReceiptInput }): Promise<void> => {
  const { at, contact, ...rest } = receipt
  try {
    await payload.create({ collection: 'crm-receipts', data: { ...rest, ...(contact !== undefined ? { contact: contact as number } : {}), at: at.toISOString() }, overrideAccess: true, depth: 0 })
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
  }
}
