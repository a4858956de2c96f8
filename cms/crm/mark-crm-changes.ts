import type { Payload } from 'payload'

import { isUniqueViolation } from '../database/is-unique-violation'

/** Timeline events that can change what the gate sends (a consent, a webinar, a trial, a form, a profile change). */
export const crmRelevantActivities = ['signed-up', 'confirmed', 'unsubscribed', 'preferences-changed', 'webinar-registered', 'webinar-attended', 'trial-started', 'trial-converted', 'trial-ended', 'form-submitted', 'consent-given', 'consent-withdrawn'] as const

/**
 * Reads the contacts' timelines past the sync's cursor and makes each person they concern due now: their sync row
 * becomes pending (a dead letter too: something changed, so it is worth another try), or is created. The timeline is
 * the change feed: every domain appends to it, so the CRM needs no hook in any of them. Returns the new cursor.
 */
export const markCrmChanges = async ({ payload, cursor, now, limit = 2000 }: { payload: Payload; cursor: number; now: Date; limit?: number }): Promise<{ cursor: number; marked: number }> => {
  const feed = await payload.find({ collection: 'contact-activities', where: { id: { greater_than: cursor } }, sort: 'id', limit, depth: 0, overrideAccess: true, select: { contact: true, type: true } })
  if (feed.docs.length === 0) return { cursor, marked: 0 }
  const relevant = new Set<string>(crmRelevantActivities)
  const contacts = [...new Set(feed.docs.filter((a) => relevant.has(a.type) && a.contact !== null && a.contact !== undefined).map((a) => (typeof a.contact === 'object' ? a.contact!.id : a.contact) as number))]
  if (contacts.length > 0) {
    const existing = await payload.find({ collection: 'crm-syncs', where: { contact: { in: contacts } }, pagination: false, depth: 0, overrideAccess: true, select: { contact: true } })
    const known = new Set(existing.docs.map((r) => String(r.contact)))
    if (existing.docs.length > 0) await payload.update({ collection: 'crm-syncs', where: { contact: { in: contacts } }, data: { state: 'pending', dueAt: now.toISOString(), attempts: 0 }, overrideAccess: true, depth: 0 })
    for (const contact of contacts.filter((c) => !known.has(String(c)))) {
      await payload.create({ collection: 'crm-syncs', data: { contact, state: 'pending', dueAt: now.toISOString() }, overrideAccess: true, depth: 0 }).catch((error: unknown) => {
        // Another round created it first: it is pending all the same.
        if (!isUniqueViolation(error)) throw error
      })
    }
  }
  return { cursor: feed.docs.at(-1)!.id as number, marked: contacts.length }
}
