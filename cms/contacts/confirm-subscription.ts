import type { Locale } from '../../config/locales'
import { queueMail } from '../mail'
import type { LinkRequest } from './link-request'
import { appendActivity } from './append-activity'
import { confirmEventId } from './confirm-event-id'
import { readConfirmToken } from '../links/confirm-token'
import { findContact } from './find-contact'
import { ledgerPolicy } from './ledger-policy'
import { loadLists } from './load-lists'
import { loadNewsletterTexts } from './newsletter-texts'
import { newsletterUrl, siteHomeUrl } from '../links/newsletter-urls'
import { createPreferenceToken } from '../links/preference-token'
import { recordContactConsent } from './record-contact-consent'
import { sameId } from '../database/same-id'

export type ConfirmOutcome =
  | { outcome: 'confirmed' | 'already'; locale: Locale; preferenceToken: string }
  | { outcome: 'expired' | 'invalid' }

/**
 * The double opt-in's second step (POST from the confirmation page): the lists the link names become confirmed,
 * the person active, and the consent ledger gets one record (the lists, tracking if ticked at sign-up, the policy
 * in force, the hash of the wording shown). The contact's timeline gets a `confirmed` activity naming the campaign
 * that brought the person (campaigns count it as a conversion, through their hook on contact-activities); the
 * welcome mail goes out. The same link used again changes nothing ('already').
 */
export const confirmSubscription = async ({
  payload,
  token,
  ip,
  userAgent,
  now = new Date(),
}: LinkRequest): Promise<ConfirmOutcome> => {
  const read = readConfirmToken({ secret: payload.secret, token, now })
  if (read.state === 'invalid') return { outcome: 'invalid' }
  const contact = await findContact({ payload, ref: read.claim.contactRef })
  if (!contact) return { outcome: 'invalid' }
  const locale = contact.locale as Locale
  const preferenceToken = createPreferenceToken({ secret: payload.secret, contactRef: contact.ref as string, now })
  const eventId = confirmEventId({ subscriberId: contact.id, nonce: read.claim.nonce })
  // Expiry first: a used link past its 48 hours is just expired (it must not keep opening a preference center).
  if (read.state === 'expired') return { outcome: 'expired' }
  const used = await payload.count({ collection: 'consent-records', where: { eventId: { equals: eventId } }, overrideAccess: true })
  if (used.totalDocs > 0) return { outcome: 'already', locale, preferenceToken }

  const lists = (await loadLists({ payload })).filter((l) => read.claim.lists.includes(l.key))
  if (lists.length === 0) return { outcome: 'invalid' }
  const at = now.toISOString()
  const subscriptions = contact.subscriptions ?? []
  const updated = subscriptions.map((s) => (lists.some((l) => sameId(l.id, s.list)) ? { ...s, status: 'confirmed' as const, changedAt: at } : s))
  const added = lists.filter((l) => !subscriptions.some((s) => sameId(s.list, l.id))).map((l) => ({ list: l.id as number, status: 'confirmed' as const, changedAt: at }))
  await payload.update({
    collection: 'contacts',
    id: contact.id,
    overrideAccess: true,
    depth: 0,
    // The person's latest explicit choice on the tracking box counts (they saw it, ticked or not).
    data: { status: 'active', confirmedAt: at, tracking: read.claim.tracking, subscriptions: [...updated, ...added] },
  })

  const wording = read.claim.wording ?? (await loadNewsletterTexts({ payload, locale })).wording
  const policy = await ledgerPolicy({ payload, locale: wording.locale })
  if (policy) {
    await recordContactConsent({
      payload,
      contact,
      at: now,
      input: {
        source: 'newsletter',
        action: 'given',
        granted: [...lists.map((l) => l.key), ...(read.claim.tracking ? ['tracking'] : [])],
        refused: read.claim.tracking ? [] : ['tracking'],
        policy,
        wording: { id: `newsletter-settings:${wording.locale}`, hash: wording.hash },
        locale: wording.locale,
        ip,
        userAgent,
        eventId,
      },
    })
  } else {
    payload.logger.warn('newsletter confirmation not recorded in the consent ledger: no policy version in force')
  }

  const campaign = contact.attribution?.campaign
  await appendActivity({
    payload,
    contact: contact.id,
    type: 'confirmed',
    key: `confirmed:${eventId}`,
    at: now,
    campaign: typeof campaign === 'object' && campaign !== null ? campaign.id : campaign,
    lists: lists.map((l) => l.key),
  })

  await queueMail({
    payload,
    template: 'welcome',
    locale,
    props: { siteUrl: siteHomeUrl({ payload, locale }), preferencesUrl: newsletterUrl({ payload, locale, path: 'preferences', token: preferenceToken }) },
    to: contact.email,
    name: contact.name,
    subscriberId: contact.id,
    contactRef: contact.ref as string,
    idempotencyKey: `welcome:${contact.id}:${read.claim.nonce}`,
  })
  return { outcome: 'confirmed', locale, preferenceToken }
}
