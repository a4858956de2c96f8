import type { Locale } from '../../../config/locales'
import { processorRegistry } from '../../../config/processors/processor-registry'
import { cookieLabel } from '../../../config/processors/cookie-label'
import type { ConsentCategory, Processor } from '../../../config/processors/processor-types'

export type GateService = { id: string; name: string; category: Exclude<ConsentCategory, 'necessary'>; accountId: string; description: string; cookies: { name: string; prefix: boolean; kind?: 'localStorage' | 'sessionStorage' }[] }

export type BannerTexts = {
  title: string
  description: string
  acceptAll: string
  rejectAll: string
  showPreferences: string
  savePreferences: string
  preferencesTitle: string
  necessaryDescription: string
  analyticsDescription: string
  marketingDescription: string
}

export type TrackingIds = Partial<Record<NonNullable<Processor['accountSetting']>, string | null>>

/** Everything the browser gate needs, embedded in each page as JSON (no secrets; the same for every visitor). */
export type GateConfig = {
  locale: Locale
  revision: number
  revisionCategories: string[]
  endpoint: string
  cookieName: string
  texts: BannerTexts & { categories: Record<ConsentCategory, string>; cookie: string; lifetime: string; descriptionColumn: string; close: string }
  services: GateService[]
  necessaryCookies: { name: string; lifetime: string; description: string }[]
  categoryCookies: Record<Exclude<ConsentCategory, 'necessary'>, { name: string; lifetime: string; description: string; service: string }[]>
}

const labels: Record<Locale, { categories: Record<ConsentCategory, string>; cookie: string; lifetime: string; descriptionColumn: string; close: string }> = {
  nl: { categories: { necessary: 'Noodzakelijk', analytics: 'Analyse', marketing: 'Marketing' }, cookie: 'Cookie', lifetime: 'Bewaartermijn', descriptionColumn: 'Omschrijving', close: 'Sluiten' },
  fr: { categories: { necessary: 'Nécessaires', analytics: 'Analyse', marketing: 'Marketing' }, cookie: 'Cookie', lifetime: 'Durée', descriptionColumn: 'Description', close: 'Fermer' },
  en: { categories: { necessary: 'Necessary', analytics: 'Analytics', marketing: 'Marketing' }, cookie: 'Cookie', lifetime: 'Lifetime', descriptionColumn: 'Description', close: 'Close' },
}

/**
 * Derives the banner's services and cookie tables from the registry. Only browser processors whose account id the
 * marketers entered become services: a processor without an id is never offered, so it can never be loaded.
 */
export const buildGateConfig = ({
  locale,
  revision,
  revisionCategories,
  texts,
  trackingIds,
  registry = processorRegistry,
}: {
  locale: Locale
  revision: number
  revisionCategories: string[]
  texts: BannerTexts
  trackingIds: TrackingIds
  registry?: readonly Processor[]
}): GateConfig => {
  const services: GateService[] = registry.flatMap((p) => {
    const accountId = p.accountSetting ? trackingIds[p.accountSetting] : undefined
    if (p.side !== 'browser' || p.category === 'necessary' || !accountId) return []
    return [{ id: p.id, name: p.name, category: p.category, accountId, description: p.description[locale], cookies: p.cookies.map((c) => ({ name: c.name, prefix: Boolean(c.prefix), ...(c.kind ? { kind: c.kind } : {}) })) }]
  })
  const cookieRows = (category: ConsentCategory) =>
    registry
      .filter((p) => p.category === category && (category === 'necessary' || services.some((s) => s.id === p.id)))
      .flatMap((p) => p.cookies.map((c) => ({ name: cookieLabel(c), lifetime: c.lifetime[locale], description: c.description[locale], service: p.name })))
  return {
    locale,
    revision,
    revisionCategories,
    endpoint: '/consent',
    cookieName: 'mp_consent',
    texts: { ...texts, ...labels[locale] },
    services,
    necessaryCookies: cookieRows('necessary'),
    categoryCookies: { analytics: cookieRows('analytics'), marketing: cookieRows('marketing') },
  }
}
