import type { Payload } from 'payload'

import { facebookEmailHash } from './facebook-email-hash'
import { foldConsentState, type LedgerEntry } from '../consent'

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
const idOf = (value: unknown): string => String(value !== null && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * Who may be in the Facebook custom audience, as hashed addresses (facebook-email-hash.ts), sorted so the file
 * depends only on who is in it: professionals (a profession set) whose status is active (not unsubscribed, bounced or
 * complained) and whose latest ledger word on `ads` is a grant (foldConsentState: a later withdrawal or an
 * "unsubscribe from everything" (`*`) takes them out). Nobody else: the contact's own fields are never taken as
 * consent, only the ledger records linked to the contact. Contacts are read in pages of 500 with their records.
 */
export const findFacebookAudience = async ({ payload }: { payload: Payload }): Promise<string[]> => {
  const hashes = new Set<string>()
  for (let page = 1; ; page++) {
    const contacts = await payload.find({
      collection: 'contacts',
      where: { and: [{ status: { equals: 'active' } }, { profession: { exists: true } }] },
      sort: 'id',
      page,
      limit: 500,
      depth: 0,
      overrideAccess: true,
      select: { email: true, profession: true, status: true },
    })
    const candidates = contacts.docs.filter((c) => c.status === 'active' && Boolean(c.profession) && typeof c.email === 'string' && c.email.trim() !== '')
    if (candidates.length > 0) {
      const records = await payload.find({
        collection: 'consent-records',
        where: { contact: { in: candidates.map((c) => c.id) } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { contact: true, sequence: true, recordedAt: true, source: true, action: true, granted: true, refused: true, policyVersion: true, hash: true },
      })
      const byContact = new Map<string, LedgerEntry[]>()
      for (const r of records.docs) {
        const entry: LedgerEntry = { sequence: r.sequence, recordedAt: r.recordedAt, source: r.source, action: r.action, granted: strings(r.granted), refused: strings(r.refused), policyVersion: r.policyVersion, hash: r.hash }
        const key = idOf(r.contact)
        byContact.set(key, [...(byContact.get(key) ?? []), entry])
      }
      for (const contact of candidates) {
        if (foldConsentState({ records: byContact.get(String(contact.id)) ?? [], key: 'ads' }).state === 'granted') hashes.add(facebookEmailHash({ email: contact.email }))
      }
    }
    if (!contacts.hasNextPage) break
  }
  return [...hashes].sort()
}
