/**
 * A URL a marketer typed, if it is one we are willing to put in an href: http(s), mailto:, tel:, a site path or an
 * in-page anchor. Anything else (javascript:, data:, protocol-relative //host) gives undefined and renders as text.
 */
export const safeHref = (url: string | null | undefined): string | undefined => {
  const trimmed = url?.trim()
  if (!trimmed) return undefined
  return /^(https?:\/\/\S+|mailto:\S+|tel:[+0-9 ()-]+|\/(?!\/)\S*|#\S*)$/i.test(trimmed) ? trimmed : undefined
}
