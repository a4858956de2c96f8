import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { sha256 } from '../../config/sha256'

export type NewsletterTexts = { consentText: string; trackingText: string; wording: { locale: Locale; hash: string } }

/**
 * The consent wording of the sign-up form in one language, and its hash: the form shows exactly these texts and the
 * confirmation's ledger record stores this hash (carried in the confirm link, so a later edit does not change
 * what this person agreed to).
 */
export const loadNewsletterTexts = async ({ payload, locale }: { payload: Payload; locale: Locale }): Promise<NewsletterTexts> => {
  const settings = await payload.findGlobal({ slug: 'newsletter-settings', locale, fallbackLocale: 'nl', depth: 0, overrideAccess: true })
  const consentText = settings.consentText ?? ''
  const trackingText = settings.trackingText ?? ''
  return { consentText, trackingText, wording: { locale, hash: sha256({ text: `${consentText}\n\n${trackingText}` }) } }
}
