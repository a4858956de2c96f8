import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { ledgerPolicy, recordContactConsent } from '../contacts'
import { webinarConsentTexts } from './webinar-consent-texts'

/**
 * The registration form's CRM opt-in, ticked: one consent-ledger record (purpose `crm`, the wording's hash, the
 * policy in force) and the matching activity. The CRM gate reads it before anything leaves for HubSpot.
 */
export const recordWebinarCrmConsent = async ({ payload, contactId, locale, eventId }: { payload: Payload; contactId: unknown; locale: Locale; eventId: string }): Promise<void> => {
  const contact = (await payload.find({ collection: 'contacts', where: { id: { equals: contactId as number } }, limit: 1, depth: 0, overrideAccess: true, select: { ref: true } })).docs[0]
  const policy = await ledgerPolicy({ payload, locale })
  if (!contact || !policy) {
    payload.logger.warn('webinar CRM opt-in not recorded in the consent ledger: no contact or no policy version in force')
    return
  }
  await recordContactConsent({
    payload,
    contact,
    input: { source: 'webinar', action: 'given', granted: ['crm'], refused: [], policy, wording: webinarConsentTexts({ locale }).crmWording, locale, eventId },
  })
}
