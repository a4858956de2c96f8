import type { Payload } from 'payload'

import { appendConsentRecord, type ConsentInput } from '../consent/append-consent-record'
import { contactSubjectRef } from '../consent/same-subject-refs'
import { appendActivity } from './append-activity'

/**
 * A contact's consent change: one record in the consent ledger (the evidence) and the same change on the contact's
 * timeline (consent-given for what was granted, consent-withdrawn for what was refused). The timeline keys follow
 * the ledger's event id, so a retried call that the ledger answers as a replay still completes the timeline once.
 */
export const recordContactConsent = async ({
  payload,
  contact,
  input,
  at = new Date(),
}: {
  payload: Payload
  /** The person: the ledger names them by their random reference, never by the reusable id. */
  contact: { id: string | number; ref?: string | null }
  input: Omit<ConsentInput, 'subjectRef' | 'contact'> & { eventId: string }
  at?: Date
}): Promise<void> => {
  await appendConsentRecord({ payload, input: { ...input, subjectRef: contactSubjectRef({ ref: contact.ref ?? '' }), contact: contact.id } })
  const detail = `${input.source}: ${input.wording.id}`
  if (input.granted.length > 0) {
    await appendActivity({ payload, contact: contact.id, type: 'consent-given', key: `consent-given:${input.eventId}`, at, lists: input.granted, detail })
  }
  if (input.refused.length > 0) {
    await appendActivity({ payload, contact: contact.id, type: 'consent-withdrawn', key: `consent-withdrawn:${input.eventId}`, at, lists: input.refused, detail })
  }
}
