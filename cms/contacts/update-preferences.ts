import { z } from 'zod'

import { locales, type Locale } from '../../config/locales'
import type { LinkRequest } from './link-request'
import { adsConsentText } from './ads-consent-text'
import { crmConsentText } from './crm-consent-text'
import { ledgerConsentGiven } from './ledger-consent-given'
import { appendActivity } from './append-activity'
import { sha256 } from '../../config/sha256'
import { findContact } from './find-contact'
import { ledgerPolicy } from './ledger-policy'
import { loadLists } from './load-lists'
import { loadNewsletterTexts } from './newsletter-texts'
import { readPreferenceToken } from '../links/preference-token'
import { recordContactConsent } from './record-contact-consent'
import { sameId } from '../database/same-id'

const form = z.object({
  action: z.enum(['save', 'unsubscribe-all']),
  name: z.string().trim().max(100).refine((s) => !/[<>]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32)),
  locale: z.enum(locales),
  lists: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).max(50),
  tracking: z.boolean(),
  ads: z.boolean(),
  // Absent: unchanged (callers that do not show the box never withdraw it).
  crm: z.boolean().optional(),
})
export type PreferencesForm = z.input<typeof form>

export type UpdatePreferencesOutcome = { outcome: 'saved'; granted: string[]; refused: string[]; locale: Locale } | { outcome: 'expired' | 'invalid' | 'bad-input' }

/**
 * Saves the preference center (POST): every change takes effect at once. Ticking a public list subscribes at once
 * (the signed link proves the mailbox, as a confirmation would); unticking leaves it; private lists can only be left.
 * "Unsubscribe from everything" leaves every list, stops tracking and withdraws the ads consent. Each consent change
 * is one ledger record (given, withdrawn, or updated when both), tied to the policy in force and the wording shown;
 * the ads choice is a record of its own, with its own wording, so the record an audience export rests on names
 * exactly the sentence the person ticked. A save that changed anything is a `preferences-changed` activity on the
 * contact's timeline.
 */
export const updatePreferences = async ({
  payload,
  token,
  input,
  pageLocale,
  ip,
  userAgent,
  now = new Date(),
}: LinkRequest & {
  input: PreferencesForm
  /** The language the preference center was shown in (the wording recorded). */
  pageLocale: Locale
}): Promise<UpdatePreferencesOutcome> => {
  const read = readPreferenceToken({ secret: payload.secret, token, now })
  if (read.state !== 'valid') return { outcome: read.state }
  const parsed = form.safeParse(input)
  if (!parsed.success) return { outcome: 'bad-input' }
  const contact = await findContact({ payload, ref: read.contactRef })
  if (!contact) return { outcome: 'invalid' }
  const wish = parsed.data
  const everything = wish.action === 'unsubscribe-all'
  const at = now.toISOString()
  const active = contact.status === 'active'
  const subscriptions = contact.subscriptions ?? []
  const allLists = await loadLists({ payload, locale: pageLocale })
  const shown = allLists.filter((l) => l.visibility === 'public' || subscriptions.some((s) => sameId(s.list, l.id)))

  const granted: string[] = []
  const refused: string[] = []
  const next = subscriptions.map((s) => ({ ...s }))
  for (const list of shown) {
    const sub = next.find((s) => sameId(s.list, list.id))
    const on = active && sub?.status === 'confirmed'
    const wanted = !everything && wish.lists.includes(list.key)
    if (wanted && !on && list.visibility === 'public') {
      if (sub) Object.assign(sub, { status: 'confirmed', changedAt: at })
      else next.push({ list: list.id as number, status: 'confirmed', changedAt: at })
      granted.push(list.key)
    } else if (!wanted && sub && sub.status !== 'unsubscribed') {
      Object.assign(sub, { status: 'unsubscribed', changedAt: at })
      if (on) refused.push(list.key)
    }
  }
  const tracking = everything ? false : wish.tracking
  if (tracking && !contact.tracking) granted.push('tracking')
  if (!tracking && contact.tracking) refused.push('tracking')
  if (everything && active) refused.unshift('*')
  // The ads and CRM choices live in the ledger only (ledger-consent-given.ts), each in a record of its own with its
  // own wording. An active person's "everything" refuses `*`, which withdraws them already: no second record then.
  const ledgerChoices = [
    { key: 'ads' as const, wish: wish.ads, wording: adsConsentText({ locale: pageLocale }).wording },
    { key: 'crm' as const, wish: wish.crm, wording: crmConsentText({ locale: pageLocale }).wording },
  ]
  const changes: { key: 'ads' | 'crm'; change: 'given' | 'withdrawn'; record: boolean; wording: { id: string; hash: string } }[] = []
  for (const choice of ledgerChoices) {
    if (choice.wish === undefined && !everything) continue
    const given = await ledgerConsentGiven({ payload, contactId: contact.id, key: choice.key })
    const wanted = everything ? false : Boolean(choice.wish)
    if (wanted !== given) changes.push({ key: choice.key, change: wanted ? 'given' : 'withdrawn', record: !refused.includes('*'), wording: choice.wording })
  }

  const status = everything ? ('unsubscribed' as const) : contact.status === 'unsubscribed' && granted.some((k) => k !== 'tracking') ? ('active' as const) : contact.status
  await payload.update({
    collection: 'contacts',
    id: contact.id,
    overrideAccess: true,
    depth: 0,
    data: {
      status,
      tracking,
      subscriptions: next,
      ...(everything ? {} : { name: wish.name || null, locale: wish.locale }),
      ...(granted.length > 0 && !contact.confirmedAt ? { confirmedAt: at } : {}),
    },
  })

  // The same form posted twice on the same state records once (ledger and timeline).
  const eventId = `preferences:${contact.id}:${contact.updatedAt}`
  const profileChanged = !everything && ((wish.name || null) !== (contact.name ?? null) || wish.locale !== contact.locale)
  if (granted.length > 0 || refused.length > 0 || changes.length > 0 || profileChanged) {
    await appendActivity({ payload, contact: contact.id, type: 'preferences-changed', key: eventId, at: now, lists: [...granted, ...refused, ...changes.map((c) => c.key)], detail: everything ? 'unsubscribed from everything' : undefined })
  }
  if (granted.length > 0 || refused.length > 0 || changes.some((c) => c.record)) {
    const policy = await ledgerPolicy({ payload, locale: pageLocale })
    if (policy && (granted.length > 0 || refused.length > 0)) {
      const texts = await loadNewsletterTexts({ payload, locale: pageLocale })
      // What the form showed for these keys: the lists by name and the tracking wording (ads and CRM have their own).
      const shownText = [...shown.map((l) => `${l.key}: ${l.name}`), texts.trackingText].join('\n')
      await recordContactConsent({
        payload,
        contact,
        at: now,
        input: {
          source: 'preference-center',
          action: granted.length === 0 ? 'withdrawn' : refused.length === 0 ? 'given' : 'updated',
          granted,
          refused,
          policy,
          wording: { id: everything ? 'preference-center:unsubscribe-all' : `preference-center:${pageLocale}`, hash: sha256({ text: everything ? 'preference center: unsubscribe from everything' : shownText }) },
          locale: pageLocale,
          ip,
          userAgent,
          eventId,
        },
      })
    }
    for (const c of changes.filter((x) => x.record)) {
      if (!policy) break
      await recordContactConsent({
        payload,
        contact,
        at: now,
        input: {
          source: 'preference-center',
          action: c.change,
          granted: c.change === 'given' ? [c.key] : [],
          refused: c.change === 'withdrawn' ? [c.key] : [],
          policy,
          wording: c.wording,
          locale: pageLocale,
          ip,
          userAgent,
          eventId: `${eventId}:${c.key}`,
        },
      })
    }
    if (!policy) payload.logger.warn('preference change not recorded in the consent ledger: no policy version in force')
  }
  return {
    outcome: 'saved',
    granted: [...granted, ...changes.filter((c) => c.change === 'given').map((c) => c.key)],
    refused: [...refused, ...changes.filter((c) => c.change === 'withdrawn').map((c) => c.key)],
    locale: everything ? (contact.locale as Locale) : wish.locale,
  }
}
