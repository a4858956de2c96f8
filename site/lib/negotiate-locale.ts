import { locales, type Locale } from '../../config/locales'

/** Picks the best of our locales for an Accept-Language header (q-values honoured); Dutch when nothing matches. */
export const negotiateLocale = ({ header }: { header: string | null }): Locale => {
  if (!header) return 'nl'
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number(q.slice(2)) : 1
      return { lang: tag.toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((e) => e.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  const match = ranked.find((e) => (locales as readonly string[]).includes(e.lang))
  return (match?.lang as Locale | undefined) ?? 'nl'
}
