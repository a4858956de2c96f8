import type { Payload } from 'payload'
import { z } from 'zod'

import type { Locale } from '../../config/locales'
import { claimOnce } from '../database/claim-once'
import { queueMail } from '../mail'
import { findContact } from './find-contact'
import { newsletterUrl } from '../links/newsletter-urls'
import { createPreferenceToken, preferenceLinkDays, readPreferenceToken } from '../links/preference-token'

/** At most one preference link per person in this window (all instances together): the form cannot flood a mailbox. */
export const preferenceLinkIntervalMs = 10 * 60_000

const email = z.string().trim().toLowerCase().max(254).regex(/^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/)

/**
 * Mails a fresh preference-center link: to the address typed on the "manage my preferences" page, or to the person
 * an expired link names. The page always answers the same (an unknown address gets nothing, and nobody learns it).
 */
export const requestPreferenceLink = async ({
  payload,
  address,
  expiredToken,
  now = new Date(),
}: {
  payload: Payload
  address?: unknown
  expiredToken?: unknown
  now?: Date
}): Promise<{ outcome: 'mailed' | 'throttled' | 'nothing' | 'bad-address' }> => {
  let contact
  if (expiredToken !== undefined) {
    const read = readPreferenceToken({ secret: payload.secret, token: expiredToken, now })
    if (read.state === 'invalid') return { outcome: 'nothing' }
    contact = await findContact({ payload, ref: read.contactRef })
  } else {
    const parsed = email.safeParse(address)
    if (!parsed.success) return { outcome: 'bad-address' }
    contact = (await payload.find({ collection: 'contacts', where: { email: { equals: parsed.data } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  }
  if (!contact) return { outcome: 'nothing' }
  if (!(await claimOnce({ payload, scope: 'preference-link', key: contact.ref as string, ttlSeconds: preferenceLinkIntervalMs / 1000 }))) return { outcome: 'throttled' }
  const locale = contact.locale as Locale
  const token = createPreferenceToken({ secret: payload.secret, contactRef: contact.ref as string, now })
  await queueMail({
    payload,
    template: 'preference-center-link',
    locale,
    props: { preferencesUrl: newsletterUrl({ payload, locale, path: 'preferences', token }), validDays: preferenceLinkDays },
    to: contact.email,
    name: contact.name,
    idempotencyKey: `preference-link:${contact.id}:${now.getTime()}`,
  })
  return { outcome: 'mailed' }
}
