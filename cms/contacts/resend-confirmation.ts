import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { queueMail } from '../mail'
import { confirmMailTooSoon } from './confirm-mail-interval'
import { confirmLinkHours, createConfirmToken, readConfirmToken } from '../links/confirm-token'
import { findContact } from './find-contact'
import { newsletterUrl } from '../links/newsletter-urls'
import { sameId } from '../database/same-id'
import { loadLists } from './load-lists'

/**
 * "Send me a fresh link" from an expired confirmation page: a new 48-hour link for the same lists and choices, to the
 * address the old link named (never another). Whatever happens, the page answers the same; at most one
 * confirmation mail per address per 10 minutes.
 */
export const resendConfirmation = async ({ payload, token, now = new Date() }: { payload: Payload; token: unknown; now?: Date }): Promise<{ outcome: 'mailed' | 'throttled' | 'nothing' }> => {
  const read = readConfirmToken({ secret: payload.secret, token, now })
  if (read.state === 'invalid') return { outcome: 'nothing' }
  const contact = await findContact({ payload, ref: read.claim.contactRef })
  if (!contact) return { outcome: 'nothing' }
  if (confirmMailTooSoon({ lastConfirmMailAt: contact.lastConfirmMailAt, now })) return { outcome: 'throttled' }
  const lists = (await loadLists({ payload })).filter((l) => read.claim.lists.includes(l.key))
  const pending = lists.filter((l) => !(contact.status === 'active' && (contact.subscriptions ?? []).some((s) => sameId(s.list, l.id) && s.status === 'confirmed')))
  if (pending.length === 0) return { outcome: 'nothing' }
  await payload.update({ collection: 'contacts', id: contact.id, overrideAccess: true, depth: 0, data: { lastConfirmMailAt: now.toISOString() } })
  const nonce = randomBytes(12).toString('base64url')
  const fresh = createConfirmToken({ secret: payload.secret, contactRef: contact.ref as string, lists: pending.map((l) => l.key), nonce, tracking: read.claim.tracking, wording: read.claim.wording, now })
  const locale = contact.locale as Locale
  await queueMail({
    payload,
    template: 'newsletter-opt-in',
    locale,
    props: { confirmUrl: newsletterUrl({ payload, locale, path: 'newsletter/confirm', token: fresh }), validDays: confirmLinkHours / 24 },
    to: contact.email,
    name: contact.name,
    idempotencyKey: `newsletter-opt-in:${contact.id}:${nonce}`,
  })
  return { outcome: 'mailed' }
}
