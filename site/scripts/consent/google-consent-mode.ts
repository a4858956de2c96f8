type Gtag = (...args: unknown[]) => void
type GoogleWindow = Window & { dataLayer?: unknown[]; gtag?: Gtag }

const gtag = (): Gtag => {
  const w = window as GoogleWindow
  w.dataLayer = w.dataLayer ?? []
  // gtag.js reads the `arguments` object itself from dataLayer, exactly as Google's snippet pushes it.
  w.gtag =
    w.gtag ??
    function (this: unknown) {
      // eslint-disable-next-line prefer-rest-params
      w.dataLayer?.push(arguments)
    }
  return w.gtag
}

/** Google Consent Mode v2: everything denied before any Google tag can load. */
export const setConsentDefaults = (): void => {
  gtag()('consent', 'default', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', wait_for_update: 500 })
}

export const updateConsent = ({ analytics, marketing }: { analytics: boolean; marketing: boolean }): void => {
  const state = (granted: boolean) => (granted ? 'granted' : 'denied')
  gtag()('consent', 'update', {
    analytics_storage: state(analytics),
    ad_storage: state(marketing),
    ad_user_data: state(marketing),
    ad_personalization: state(marketing),
  })
}

export const loadGoogleAnalytics = ({ id, addScript }: { id: string; addScript: (a: { src: string; id: string }) => void }): void => {
  addScript({ src: `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`, id: 'mp-ga' })
  gtag()('js', new Date())
  gtag()('config', id, { anonymize_ip: true })
}
