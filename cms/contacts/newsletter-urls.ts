import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { mailSettingsOf } from '../mail/mail-settings'

/** Links in newsletter mails point at the public origin (PUBLIC_URL), never at a request's Host header. */
export const newsletterUrl = ({ payload, locale, path, token }: { payload: Payload; locale: Locale; path: 'newsletter/confirm' | 'preferences'; token: string }): string =>
  `${mailSettingsOf(payload).publicUrl.replace(/\/+$/, '')}/${locale}/${path}?token=${token}`

export const siteHomeUrl = ({ payload, locale }: { payload: Payload; locale: Locale }): string => `${mailSettingsOf(payload).publicUrl.replace(/\/+$/, '')}/${locale}/`
