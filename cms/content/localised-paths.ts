import { locales, type Locale } from '../../config/locales'
import { pagePath } from './page-path'

export type LocalisedSlug = Partial<Record<Locale, string | null>> | undefined

/** A page's path in each locale that has a slug (read with locale 'all'). */
export const localisedPaths = (slug: LocalisedSlug): Partial<Record<Locale, string>> => {
  const paths: Partial<Record<Locale, string>> = {}
  for (const l of locales) {
    const localSlug = slug?.[l]
    if (localSlug) paths[l] = pagePath({ locale: l, slug: localSlug })
  }
  return paths
}
