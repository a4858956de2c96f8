import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '../../config/locales'
import type { Footer, Navigation, Organisation, SeoDefault } from '../payload-types'
import { linkedPages } from './linked-pages'

export type SiteGlobalsRead = { navigation: Navigation; footer: Footer; organisation: Organisation; seo: SeoDefault }

/** Navigation, footer, organisation and SEO defaults in one call, as the public sees them (depth 1: pages, media). */
export const findSiteGlobals = async ({ payload, locale }: { payload: Payload; locale: Locale }): Promise<SiteGlobalsRead> => {
  const read = { locale, fallbackLocale: defaultLocale, depth: 1, populate: linkedPages, overrideAccess: false, draft: false } as const
  const [navigation, footer, organisation, seo] = await Promise.all([
    payload.findGlobal({ slug: 'navigation', ...read }),
    payload.findGlobal({ slug: 'footer', ...read }),
    payload.findGlobal({ slug: 'organisation', ...read }),
    payload.findGlobal({ slug: 'seo-defaults', ...read }),
  ])
  return { navigation, footer, organisation, seo }
}
