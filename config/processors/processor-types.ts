import type { Locale } from '../locales'
import type { Purpose } from './purposes'

export type Localised = Record<Locale, string>

export type ConsentCategory = 'necessary' | 'analytics' | 'marketing'

export type CookieSpec = {
  /** Exact name, or a prefix when `prefix` is true (e.g. `_ga_` for `_ga_<container>`). */
  name: string
  prefix?: boolean
  /**
   * A cookie unless set: the ePrivacy rule covers anything a processor stores in the browser, so its localStorage and
   * sessionStorage keys are declared, shown and cleared on withdrawal like its cookies.
   */
  kind?: 'localStorage' | 'sessionStorage'
  lifetime: Localised
  description: Localised
}

/** Where a processor's browser code may connect, per CSP directive. Server-side processors have none. */
export type HostSpec = { scripts: string[]; connect: string[]; images: string[]; frames: string[] }

export type Processor = {
  id: string
  name: string
  category: ConsentCategory
  purposes: Purpose[]
  legalBasis: 'consent' | 'contract' | 'legitimate-interest' | 'legal-obligation'
  /** browser: loaded on the site after consent; server: receives data from our server only. */
  side: 'browser' | 'server'
  /** The marketer-entered account id this processor needs; without it, it is never loaded. */
  accountSetting?: 'gaMeasurementId' | 'hotjarSiteId' | 'facebookPixelId' | 'leadfeederId'
  description: Localised
  storage: Localised
  privacyPolicyUrl: string
  cookies: CookieSpec[]
  hosts: HostSpec
}
