import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { linkSettingsOf } from './link-settings'

/** Links in newsletter mails point at the public origin (PUBLIC_URL), never at a request's Host header. */
export const newsletterUrl = ({ payload, locale, path, token }: { payload: Payload; locale: Locale; path: 'newsletter/confirm' | 'preferences'; token: string }): string =>
  `${linkSettingsOf(payload).publicUrl.replace(/\/+$/, '')}/${locale}/${path}?token=${token}`

export const siteHomeUrl = ({ payload, locale }: { payload: Payload; locale: Locale }): string => `${linkSettingsOf(payload).publicUrl.replace(/\/+$/, '')}/${locale}/`
