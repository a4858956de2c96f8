import type { Payload } from 'payload'

import { isUniqueViolation } from '../database/is-unique-violation'
import { queueMail } from '../mail'
import { toDocumentId } from '../database/to-document-id'
import { appendActivity } from './append-activity'
import { confirmMailTooSoon } from './confirm-mail-interval'
import { confirmLinkHours, createConfirmToken } from '../links/confirm-token'
import { loadLists } from './load-lists'
import { loadNewsletterTexts } from './newsletter-texts'
import { newsletterUrl } from '../links/newsletter-urls'
import { sameId } from '../database/same-id'
import type { SubscriptionRequest } from './subscription-form'

/**
 * What happened, for tests and metrics only: the visitor always sees the same "check your inbox" page, whatever
 * this says (no one learns whether an address was known). 'no-lists' is the exception: the form named no list
 * that exists, which says nothing about the address.
 */
export type SubscriptionOutcome = 'mailed' | 'throttled' | 'nothing-to-confirm' | 'no-lists'

/**
 * A sign-up from the site's form (already validated and bot-checked): creates the contact or adds the requested
 * lists as pending, and queues the double opt-in mail with a signed 48-hour link. Lists the person already
 * confirmed need no new confirmation; a person who left must confirm again. An existing person's name and
 * language are not changed from the form (anyone can type anyone's address): they change them in the preference
 * center. At most one confirmation mail per address per 10 minutes; `nonce` names this sign-up, so a form posted
 * twice queues one mail. The campaign parameter is stored as the attribution when it is a well-formed id; whether
 * it really names a campaign sent within 30 days is the campaigns domain's call (its hook on contacts drops it
 * otherwise). The sign-up is a `signed-up` activity on the contact's timeline.
 */
export const requestSubscription = async ({
  payload,
  request,
  nonce,
  formLocale,
  now = new Date(),
}: {
  payload: Payload
  request: SubscriptionRequest
  nonce: string
  /** The language the form (and its consent wording) was shown in. */
  formLocale: 'nl' | 'fr' | 'en'
  now?: Date
}): Promise<{ outcome: SubscriptionOutcome }> => {
  const wanted = (await loadLists({ payload, publicOnly: true })).filter((l) => request.lists.includes(l.key))
  if (wanted.length === 0) return { outcome: 'no-lists' }
  const existing = (await payload.find({ collection: 'contacts', where: { email: { equals: request.email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (existing && confirmMailTooSoon({ lastConfirmMailAt: existing.lastConfirmMailAt, now })) return { outcome: 'throttled' }

  const subscriptions = existing?.subscriptions ?? []
  const stillConfirmed = (listId: string | number) => existing?.status === 'active' && subscriptions.some((s) => sameId(s.list, listId) && s.status === 'confirmed')
  const toConfirm = wanted.filter((l) => !stillConfirmed(l.id))
  if (toConfirm.length === 0) return { outcome: 'nothing-to-confirm' }

  const campaign = typeof request.campaign === 'string' && /^[A-Za-z0-9]{1,32}$/.test(request.campaign) ? toDocumentId({ payload, raw: request.campaign }) : undefined
  const at = now.toISOString()
  const attribution = campaign === undefined ? {} : { attribution: { campaign: campaign as number, at } }
  let contact: { id: string | number; ref?: string | null; attribution?: { campaign?: unknown; at?: string | null } }
  if (!existing) {
    try {
      contact = await payload.create({
        collection: 'contacts',
        overrideAccess: true,
        depth: 0,
        data: {
          email: request.email,
          name: request.name || undefined,
          locale: request.locale,
          status: 'active',
          source: 'form',
          tracking: false,
          subscriptions: toConfirm.map((l) => ({ list: l.id as number, status: 'pending' as const, changedAt: at })),
          lastConfirmMailAt: at,
          ...attribution,
        },
      })
    } catch (error) {
      // The same address signed up at the same moment through another request: that one sends the mail.
      if (isUniqueViolation(error)) return { outcome: 'throttled' }
      throw error
    }
  } else {
    const known = subscriptions.map((s) => (toConfirm.some((l) => sameId(l.id, s.list)) && s.status !== 'confirmed' ? { ...s, status: 'pending' as const, changedAt: at } : s))
    const added = toConfirm.filter((l) => !subscriptions.some((s) => sameId(s.list, l.id))).map((l) => ({ list: l.id as number, status: 'pending' as const, changedAt: at }))
    contact = await payload.update({
      collection: 'contacts',
      id: existing.id,
      overrideAccess: true,
      depth: 0,
      data: { subscriptions: [...known, ...added], lastConfirmMailAt: at, ...attribution },
    })
  }

  const texts = await loadNewsletterTexts({ payload, locale: formLocale })
  const token = createConfirmToken({
    secret: payload.secret,
    contactRef: contact.ref as string,
    lists: toConfirm.map((l) => l.key),
    nonce,
    tracking: request.tracking,
    wording: texts.wording,
    now,
  })
  await queueMail({
    payload,
    template: 'newsletter-opt-in',
    locale: request.locale,
    props: { confirmUrl: newsletterUrl({ payload, locale: request.locale, path: 'newsletter/confirm', token }), validDays: confirmLinkHours / 24 },
    to: request.email,
    name: existing ? existing.name : request.name || undefined,
    idempotencyKey: `newsletter-opt-in:${contact.id}:${nonce}`,
  })
  // The campaign only when the attribution survived the campaigns' check (it was stored just now).
  const attributed = campaign !== undefined && contact.attribution?.at === at ? campaign : undefined
  await appendActivity({ payload, contact: contact.id, type: 'signed-up', key: `signed-up:${contact.id}:${nonce}`, at: now, campaign: attributed, lists: toConfirm.map((l) => l.key), detail: 'newsletter form' })
  return { outcome: 'mailed' }
}
