import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { newsletterUrl } from './newsletter-urls'
import { createPreferenceToken } from './preference-token'
import { linkSettingsOf } from './link-settings'
import { createUnsubscribeToken, type UnsubscribeList } from './unsubscribe-token'

/**
 * The recipient's links in a marketing mail's footer: the unsubscribe URL and the RFC 2369 / RFC 8058 headers (an
 * https URL a mail provider may POST to, "one-click", plus a mailto for clients that only speak mail), and the
 * signed link to their preference center.
 */
export const unsubscribeLinks = ({
  payload,
  contactRef,
  list = '*',
  campaign,
  locale = 'nl',
  issuedAt,
}: {
  payload: Payload
  contactRef: string
  list?: UnsubscribeList
  campaign?: string | number
  locale?: Locale
  /** When the preference link's validity starts (default now). A campaign gives its start, so a batch resent after a crash is byte-identical. */
  issuedAt?: Date
}) => {
  const { publicUrl, unsubscribeMailbox } = linkSettingsOf(payload)
  const token = createUnsubscribeToken({ secret: payload.secret, contactRef, list, campaign })
  const url = `${publicUrl}/api/mail/unsubscribe?token=${token}`
  const mailto = `mailto:${unsubscribeMailbox}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`
  const preferencesUrl = newsletterUrl({ payload, locale, path: 'preferences', token: createPreferenceToken({ secret: payload.secret, contactRef, now: issuedAt }) })
  return {
    url,
    preferencesUrl,
    headers: { 'List-Unsubscribe': `<${url}>, <${mailto}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}
