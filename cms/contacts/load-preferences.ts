import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { adsConsentText } from './ads-consent-text'
import { crmConsentText } from './crm-consent-text'
import { ledgerConsentGiven } from './ledger-consent-given'
import { findContact } from './find-contact'
import { loadLists } from './load-lists'
import { maskEmail } from './mask-email'
import { loadNewsletterTexts } from './newsletter-texts'
import { readPreferenceToken } from '../links/preference-token'
import { sameId } from '../database/same-id'

export type PreferenceList = { key: string; name: string; description: string; visibility: 'public' | 'private'; status: 'confirmed' | 'pending' | 'unsubscribed' | 'none' }
export type ConsentHistoryEntry = { recordedAt: string; source: string; action: string; granted: string[]; refused: string[]; policyVersion: string }
export type PreferencesView = {
  maskedEmail: string
  name: string
  locale: Locale
  status: 'active' | 'unsubscribed' | 'bounced' | 'complained'
  tracking: boolean
  trackingText: string
  /** Agreed to ads on Facebook and Instagram from a hashed address: the ledger's latest word on `ads`. */
  ads: boolean
  adsText: string
  /** Agreed to personal follow-up through the CRM: the ledger's latest word on `crm` (the CRM gate reads the same). */
  crm: boolean
  crmText: string
  lists: PreferenceList[]
  history: ConsentHistoryEntry[]
}
export type PreferencesState = { state: 'invalid' } | { state: 'expired' } | { state: 'valid'; view: PreferencesView }

/**
 * A person's preference center (from the signed link in their mail): masked address, name, language, the public
 * lists and any private list they are on, each with its status, the tracking and ads choices, and their consent history
 * (newest first). Read-only: update-preferences.ts changes things.
 */
export const loadPreferences = async ({ payload, token, locale, now }: { payload: Payload; token: unknown; locale: Locale; now?: Date }): Promise<PreferencesState> => {
  const read = readPreferenceToken({ secret: payload.secret, token, now })
  if (read.state === 'invalid') return { state: 'invalid' }
  if (read.state === 'expired') return { state: 'expired' }
  const contact = await findContact({ payload, ref: read.contactRef })
  if (!contact) return { state: 'invalid' }
  const subscriptions = contact.subscriptions ?? []
  const lists = (await loadLists({ payload, locale }))
    .map((l) => {
      const sub = subscriptions.find((s) => sameId(s.list, l.id))
      const status: PreferenceList['status'] = !sub ? 'none' : contact.status === 'active' ? sub.status : sub.status === 'confirmed' ? 'unsubscribed' : sub.status
      return { key: l.key, name: l.name, description: l.description, visibility: l.visibility, status }
    })
    .filter((l) => l.visibility === 'public' || l.status !== 'none')
  const records = await payload.find({
    collection: 'consent-records',
    // The link the ledger keeps beside its hashed content (set for older `subscriber:ID` records by the migration).
    where: { contact: { equals: contact.id } },
    sort: '-sequence',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    select: { recordedAt: true, source: true, action: true, granted: true, refused: true, policyVersion: true },
  })
  const policyIds = [...new Set(records.docs.map((r) => r.policyVersion).filter((id) => /^\d+$|^[a-f0-9]{24}$/.test(id)))]
  const policies = policyIds.length
    ? await payload.find({ collection: 'policy-versions', where: { id: { in: policyIds } }, depth: 0, limit: 100, overrideAccess: true, select: { versionLabel: true } })
    : { docs: [] }
  const label = new Map(policies.docs.map((p) => [String(p.id), p.versionLabel]))
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
  return {
    state: 'valid',
    view: {
      maskedEmail: maskEmail({ email: contact.email }),
      name: contact.name ?? '',
      locale: contact.locale as Locale,
      status: contact.status,
      tracking: Boolean(contact.tracking),
      trackingText: (await loadNewsletterTexts({ payload, locale })).trackingText,
      ads: await ledgerConsentGiven({ payload, contactId: contact.id, key: 'ads' }),
      adsText: adsConsentText({ locale }).text,
      crm: await ledgerConsentGiven({ payload, contactId: contact.id, key: 'crm' }),
      crmText: crmConsentText({ locale }).text,
      lists,
      history: records.docs.map((r) => ({
        recordedAt: r.recordedAt,
        source: r.source,
        action: r.action,
        granted: strings(r.granted),
        refused: strings(r.refused),
        policyVersion: label.get(r.policyVersion) ?? r.policyVersion,
      })),
    },
  }
}
