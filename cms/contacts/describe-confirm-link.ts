import type { Payload } from 'payload'

import { confirmEventId } from './confirm-event-id'
import { readConfirmToken } from '../links/confirm-token'
import { findContact } from './find-contact'

export type ConfirmLinkState = 'valid' | 'used' | 'expired' | 'invalid'

/**
 * What a confirmation link stands for, without changing anything (GET: mail scanners follow links, so only the
 * button's POST confirms). 'used': this sign-up was confirmed before.
 */
export const describeConfirmLink = async ({ payload, token, now }: { payload: Payload; token: unknown; now?: Date }): Promise<{ state: ConfirmLinkState }> => {
  const read = readConfirmToken({ secret: payload.secret, token, now })
  if (read.state === 'invalid') return { state: 'invalid' }
  const contact = await findContact({ payload, ref: read.claim.contactRef })
  if (!contact) return { state: 'invalid' }
  const used = await payload.count({ collection: 'consent-records', where: { eventId: { equals: confirmEventId({ subscriberId: contact.id, nonce: read.claim.nonce }) } }, overrideAccess: true })
  if (used.totalDocs > 0) return { state: 'used' }
  return { state: read.state }
}
