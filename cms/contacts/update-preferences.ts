import { z } from 'zod'

import { locales, type Locale } from '../../config/locales'
import type { LinkRequest } from './link-request'
import { adsConsentGiven } from './ads-consent-given'
import { adsConsentText } from './ads-consent-text'
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
  // The ads choice lives in the ledger only (ads-consent-given.ts). An active person's "everything" refuses `*`,
  // which withdraws it already: no second record then.
  const adsNow = await adsConsentGiven({ payload, contactId: contact.id })
  const ads = everything ? false : wish.ads
  const adsChange = ads === adsNow ? undefined : ads ? ('given' as const) : ('withdrawn' as const)
  const adsRecord = adsChange && !refused.includes('*') ? adsChange : undefined

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
  if (granted.length > 0 || refused.length > 0 || adsChange || profileChanged) {
    await appendActivity({ payload, contact: contact.id, type: 'preferences-changed', key: eventId, at: now, lists: [...granted, ...refused, ...(adsChange ? ['ads'] : [])], detail: everything ? 'unsubscribed from everything' : undefined })
  }
  if (granted.length > 0 || refused.length > 0 || adsRecord) {
    const policy = await ledgerPolicy({ payload, locale: pageLocale })
    if (policy && (granted.length > 0 || refused.length > 0)) {
      const texts = await loadNewsletterTexts({ payload, locale: pageLocale })
      // What the form showed for these keys: the lists by name and the tracking wording (ads has its own record).
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
    if (policy && adsRecord) {
      await recordContactConsent({
        payload,
        contact,
        at: now,
        input: {
          source: 'preference-center',
          action: adsRecord,
          granted: adsRecord === 'given' ? ['ads'] : [],
          refused: adsRecord === 'withdrawn' ? ['ads'] : [],
          policy,
          wording: adsConsentText({ locale: pageLocale }).wording,
          locale: pageLocale,
          ip,
          userAgent,
          eventId: `${eventId}:ads`,
        },
      })
    }
    if (!policy) payload.logger.warn('preference change not recorded in the consent ledger: no policy version in force')
  }
  return {
    outcome: 'saved',
    granted: [...granted, ...(adsChange === 'given' ? ['ads'] : [])],
    refused: [...refused, ...(adsChange === 'withdrawn' ? ['ads'] : [])],
    locale: everything ? (contact.locale as Locale) : wish.locale,
  }
}
