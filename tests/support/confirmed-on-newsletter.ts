import type { Payload } from 'payload'

import { ensureList } from './newsletter-fixtures'

/**
 * Subscriber data for someone who confirmed the "newsletter" list (created on first use): what marketing mail
 * needs. Spread into `payload.create({ collection: 'contacts', data })`.
 */
export const confirmedOnNewsletter = async ({ payload }: { payload: Payload }) => {
  const list = await ensureList({ payload, key: 'newsletter', name: 'Nieuwsbrief' })
  return { status: 'active' as const, source: 'admin' as const, subscriptions: [{ list: list.id, status: 'confirmed' as const }] }
}
