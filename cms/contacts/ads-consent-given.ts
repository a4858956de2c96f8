import type { Payload } from 'payload'

import { foldConsentState, type LedgerEntry } from '../consent'

/**
 * Whether a contact's latest word in the consent ledger on `ads` is a grant: the ledger is the one place the choice
 * lives (the contact has no copy that could disagree with it), read with the same rule as the audience export and
 * the CRM gate (foldConsentState).
 */
export const adsConsentGiven = async ({ payload, contactId }: { payload: Payload; contactId: number | string }): Promise<boolean> => {
  const records = await payload.find({
    collection: 'consent-records',
    where: { contact: { equals: contactId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { sequence: true, recordedAt: true, source: true, action: true, granted: true, refused: true, policyVersion: true, hash: true },
  })
  return foldConsentState({ records: records.docs as unknown as LedgerEntry[], key: 'ads' }).state === 'granted'
}
