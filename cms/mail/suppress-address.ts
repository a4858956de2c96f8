import type { Payload } from 'payload'

import { isUniqueViolation } from '../database/is-unique-violation'

export type SuppressionReason = 'hard-bounce' | 'complaint' | 'provider-suppressed' | 'manual'

const subscriberStatus: Record<SuppressionReason, 'bounced' | 'complained' | undefined> = {
  'hard-bounce': 'bounced',
  complaint: 'complained',
  'provider-suppressed': undefined,
  manual: undefined,
}

/**
 * Stops all marketing mail to an address: a suppression entry (kept once per address, first reason wins, a complaint
 * overrides a bounce) and the subscriber's status. Idempotent: the same event twice changes nothing.
 */
export const suppressAddress = async ({
  payload,
  email,
  reason,
  detail,
  messageId,
}: {
  payload: Payload
  email: string
  reason: SuppressionReason
  detail?: string
  messageId?: string | number
}): Promise<void> => {
  const address = email.trim().toLowerCase()
  const existing = (await payload.find({ collection: 'suppressions', where: { email: { equals: address } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!existing) {
    try {
      await payload.create({ collection: 'suppressions', data: { email: address, reason, detail, message: messageId as never }, overrideAccess: true, depth: 0 })
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
  } else if (reason === 'complaint' && existing.reason !== 'complaint') {
    await payload.update({ collection: 'suppressions', id: existing.id, data: { reason, detail }, overrideAccess: true, depth: 0 })
  }
  const status = subscriberStatus[reason]
  if (status) {
    await payload.update({ collection: 'contacts', where: { email: { equals: address } }, data: { status }, overrideAccess: true, depth: 0 })
  }
}
