import type { Payload } from 'payload'

import type { HubSpotCrm } from '../../integrations/hubspot'
import { writeCrmReceipt } from './write-crm-receipt'

export type CrmErasure = { outcome: 'deleted' | 'not-found' | 'off' }

/**
 * A person's erasure at HubSpot (the privacy-rights erasure calls it before the contact itself goes): HubSpot's GDPR
 * delete by address (HubSpot also blocklists it), the receipt on the person's random reference (it outlives the
 * contact), and their sync row closed so nothing is sent again. HubSpot holding nobody by that address is done too.
 * Throws HubSpotError when HubSpot cannot be reached: the caller's job retries.
 */
export const eraseFromCrm = async ({ payload, crm, contactId, now = new Date() }: { payload: Payload; crm?: HubSpotCrm; contactId: number | string; now?: Date }): Promise<CrmErasure> => {
  if (!crm) return { outcome: 'off' }
  const contact = (await payload.find({ collection: 'contacts', where: { id: { equals: contactId } }, limit: 1, depth: 0, overrideAccess: true, select: { email: true, ref: true } })).docs[0]
  if (!contact?.email) return { outcome: 'not-found' }
  const outcome = await crm.gdprDelete({ email: contact.email })
  await writeCrmReceipt({ payload, receipt: { contact: contact.id, contactRef: contact.ref ?? String(contact.id), action: 'gdpr-deleted', at: now, legalBasis: 'GDPR Art. 17', legalBasisExplanation: outcome === 'deleted' ? 'Erased at HubSpot (GDPR delete), the address blocklisted there.' : 'HubSpot held nobody by this address; it is blocklisted there.', key: `gdpr-deleted:${contact.ref ?? contact.id}` } })
  await payload.update({ collection: 'crm-syncs', where: { contact: { equals: contact.id } }, data: { state: 'withdrawn', dueAt: null, subscribed: false }, overrideAccess: true, depth: 0 })
  return { outcome }
}
