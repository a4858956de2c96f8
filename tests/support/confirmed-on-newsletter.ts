import type { Payload } from 'payload'

/**
 * Subscriber data for someone who confirmed the "newsletter" list (created on first use): what marketing mail
 * needs. Spread into `payload.create({ collection: 'subscribers', data })`.
 */
export const confirmedOnNewsletter = async ({ payload }: { payload: Payload }) => {
  const found = await payload.find({ collection: 'newsletter-lists', where: { key: { equals: 'newsletter' } }, limit: 1, depth: 0, overrideAccess: true })
  const list = found.docs[0] ?? (await payload.create({ collection: 'newsletter-lists', data: { key: 'newsletter', name: 'Nieuwsbrief', visibility: 'public' }, overrideAccess: true }))
  return { status: 'active' as const, source: 'admin' as const, subscriptions: [{ list: list.id, status: 'confirmed' as const }] }
}
