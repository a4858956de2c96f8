import type { Payload } from 'payload'

import { foldConsentState, type LedgerEntry } from '../consent'

/**
 * Whether a contact's latest word in the consent ledger on `key` (`ads`, `crm`) is a grant: the ledger is the one
 * place these choices live (the contact has no copy that could disagree with it), read with the same rule as the
 * audience export and the CRM gate (foldConsentState).
 */
export const ledgerConsentGiven = async ({ payload, contactId, key }: { payload: Payload; contactId: number | string; key: 'ads' | 'crm' }): Promise<boolean> => {
  const records = await payload.find({
    collection: 'consent-records',
    where: { contact: { equals: contactId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { sequence: true, recordedAt: true, source: true, action: true, granted: true, refused: true, policyVersion: true, hash: true },
  })
  return foldConsentState({ records: records.docs as unknown as LedgerEntry[], key }).state === 'granted'
}
