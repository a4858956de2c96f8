import { locales } from '../../config/locales'

/** Headers of every unsubscribe answer: never cached, never indexed (the URL carries a personal token). */
export const unsubscribeHeaders = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }

/** A language of the site, else Dutch. */
export const pageLocale = (candidate: unknown): string => (typeof candidate === 'string' && (locales as readonly string[]).includes(candidate) ? candidate : 'nl')

/**
 * The site's confirmation page, /{lang}/unsubscribe?token=…[&done=1]: it shows what the token stands for
 * (describeUnsubscribeToken) and a button that posts `confirm=1` to /api/mail/unsubscribe?token=….
 */
export const unsubscribePageUrl = ({ locale, token, done }: { locale: string; token: string; done?: boolean }) =>
  `/${locale}/unsubscribe?token=${encodeURIComponent(token)}${done ? '&done=1' : ''}`
