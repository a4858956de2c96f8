/**
 * What each vendor script the site can load really does in a visitor's browser, written from the vendors' own
 * documentation and kept apart from the processor registry on purpose: the conformance test's stand-in scripts behave
 * like this list, so a host, cookie or storage key the registry forgot shows up as undeclared instead of being
 * copied from the registry into the stand-in.
 *
 * `{id}` in a name stands for the account id the marketers entered. `transient` items are written and removed at
 * once (feature tests): they are still set, so the registry must still declare them.
 *
 * HubSpot's tracking code (js.hs-scripts.com; __hstc, hubspotutk, __hssc, __hssrc) is not here: HubSpot is a
 * server-side processor in the registry (CRM only) and `site/scripts/consent/load-processor.ts` has no loader for
 * it. The conformance test fails when a browser processor gains a loader without a footprint here.
 */
export type StoredItem = { name: string; kind: 'cookie' | 'localStorage' | 'sessionStorage'; transient?: boolean; onlyWith?: 'fbclid' }

/** A request the vendor's script makes, and as what (which CSP directive the browser checks it against). */
export type VendorRequest = { url: string; as: 'script' | 'fetch' | 'image' }

export type VendorFootprint = {
  /** The registry id of the processor this vendor is. */
  processor: string
  /** The global the stand-in sets once it ran (the test waits for it). */
  loadedFlag: string
  /** The script the site adds, and what that script then fetches (origin + path). */
  script: string
  requests: VendorRequest[]
  stored: StoredItem[]
  /** Where this is documented. */
  sources: string[]
}

export const vendorFootprints: VendorFootprint[] = [
  {
    processor: 'google-analytics',
    loadedFlag: '__stub_ga',
    script: 'https://www.googletagmanager.com/gtag/js?id={id}',
    // GA4 in the EU region collects on region1; gtag.js is served by the Tag Manager host.
    requests: [{ url: 'https://region1.google-analytics.com/g/collect', as: 'fetch' }],
    stored: [
      { name: '_ga', kind: 'cookie' },
      { name: '_ga_{id}', kind: 'cookie' },
    ],
    sources: [
      'https://support.google.com/analytics/answer/11397207 ([GA4] Cookie usage on websites: _ga, _ga_<container-id>)',
      'https://developers.google.com/tag-platform/security/guides/csp (hosts: www.googletagmanager.com, *.google-analytics.com)',
    ],
  },
  {
    processor: 'hotjar',
    loadedFlag: '__stub_hj',
    script: 'https://static.hotjar.com/c/hotjar-{id}.js?sv=6',
    // The bootstrap loads the tracking modules from script.hotjar.com and sends its data to content.hotjar.io.
    requests: [
      { url: 'https://script.hotjar.com/modules.js', as: 'script' },
      { url: 'https://content.hotjar.io/api/v2/client/sites/{id}/visit-data', as: 'fetch' },
    ],
    stored: [
      { name: '_hjSessionUser_{id}', kind: 'cookie' },
      { name: '_hjSession_{id}', kind: 'cookie' },
      { name: '_hjTLDTest', kind: 'cookie', transient: true },
      { name: '_hjCookieTest', kind: 'cookie', transient: true },
      { name: '_hjLocalStorageTest', kind: 'localStorage', transient: true },
      { name: '_hjSessionStorageTest', kind: 'sessionStorage', transient: true },
      { name: 'hjActiveViewportIds', kind: 'localStorage' },
      { name: 'hjViewportId', kind: 'sessionStorage' },
    ],
    sources: [
      'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code (cookies, local and session storage items)',
      'https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policy-CSP (*.hotjar.com, *.hotjar.io)',
    ],
  },
  {
    processor: 'facebook-pixel',
    loadedFlag: '__stub_fb',
    script: 'https://connect.facebook.net/en_US/fbevents.js',
    // fbevents.js fetches the pixel's configuration, then sends each event to /tr.
    requests: [
      { url: 'https://connect.facebook.net/signals/config/{id}', as: 'script' },
      { url: 'https://www.facebook.com/tr/?id={id}&ev=PageView', as: 'image' },
    ],
    stored: [
      { name: '_fbp', kind: 'cookie' },
      // Only when the visitor arrives from an ad (fbclid in the address).
      { name: '_fbc', kind: 'cookie', onlyWith: 'fbclid' },
    ],
    sources: [
      'https://developers.facebook.com/docs/meta-pixel/get-started (base code: connect.facebook.net/en_US/fbevents.js, www.facebook.com/tr)',
      'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc (_fbp, and _fbc from fbclid)',
    ],
  },
  {
    processor: 'leadfeeder',
    loadedFlag: '__stub_lf',
    script: 'https://sc.lfeeder.com/lftracker_v1_{id}.js',
    requests: [{ url: 'https://tr.lfeeder.com/?sid={id}', as: 'image' }],
    stored: [
      { name: '_lfa', kind: 'cookie' },
      { name: '_lfa_test_cookie_stored', kind: 'cookie', transient: true },
      { name: '_lfa_expiry', kind: 'localStorage' },
    ],
    sources: ['https://help.dealfront.com/en/articles/7936730-website-tracker-data-processing-roles (_lfa, _lfa_test_cookie_stored, _lfa_expiry; sc/tr.lfeeder.com)'],
  },
]
