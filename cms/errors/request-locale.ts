import type { PayloadRequest } from 'payload'

import { locales, type Locale } from '../../config/locales'

/** The language to answer an admin or API request in: the admin's interface language when we have it, else English. */
export const requestLocale = (req: Pick<PayloadRequest, 'i18n'>): Locale => {
  const language = req.i18n?.language
  return (locales as readonly string[]).includes(language ?? '') ? (language as Locale) : 'en'
}
