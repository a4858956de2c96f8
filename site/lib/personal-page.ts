import { isLocale, type Locale } from './content'

/**
 * The start of a page reached through a signed link that shows personal data (newsletter confirmation, preference
 * center): its language (undefined for an unknown one: a 404) and its token (null when absent or too long to be one
 * of ours). The page is never cached, never indexed, and the token in its URL never sent to other sites
 * (same-origin, not no-referrer, so the page's own form POST still carries its Origin).
 */
export const openPersonalPage = ({
  params,
  url,
  response,
}: {
  params: { lang?: string }
  url: URL
  response: { headers: Headers }
}): { lang: Locale; token: string | null } | undefined => {
  const { lang } = params
  if (!isLocale(lang)) return undefined
  response.headers.set('Cache-Control', 'no-store')
  response.headers.set('X-Robots-Tag', 'noindex')
  response.headers.set('Referrer-Policy', 'same-origin')
  const raw = url.searchParams.get('token')
  return { lang, token: raw && raw.length <= 600 ? raw : null }
}
