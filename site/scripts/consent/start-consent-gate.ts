import 'vanilla-cookieconsent/dist/cookieconsent.css'

import * as CookieConsent from 'vanilla-cookieconsent'

import { escapeHtml } from '../../../config/escape-html'
import type { GateConfig } from './gate-config'
import { setConsentDefaults, updateConsent } from './google-consent-mode'
import { clearStoredKeys } from './clear-stored-keys'
import { loadProcessor } from './load-processor'
import { readStoredChoice } from './read-stored-choice'
import { reportChoice } from './report-choice'


/**
 * The browser consent gate: Consent Mode defaults first, then the banner (vanilla-cookieconsent), and a third-party
 * script only once its category and service are accepted. Withdrawing deletes the category's cookies and reloads,
 * so nothing keeps running. Every choice is reported to the site's ledger endpoint.
 */
export const startConsentGate = (): void => {
  const element = document.getElementById('mp-consent-config')
  if (!element?.textContent) return
  const config = JSON.parse(element.textContent) as GateConfig
  setConsentDefaults()
  if (config.services.length === 0) return

  const previous = readStoredChoice({ cookieName: config.cookieName })
  const category = (name: 'analytics' | 'marketing') => {
    const services = config.services.filter((s) => s.category === name)
    if (services.length === 0) return undefined
    // After a new revision, a category the change did not affect keeps the visitor's earlier answer as its default.
    const keep = Boolean(previous?.categories.includes(name) && previous.revision !== config.revision && !config.revisionCategories.includes(name))
    return {
      enabled: keep,
      autoClear: {
        cookies: services.flatMap((s) => s.cookies.filter((c) => !c.kind).map((c) => ({ name: c.prefix ? new RegExp(`^${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : c.name }))),
        // We reload ourselves, after the withdrawal has been recorded (see onChange).
        reloadPage: false,
      },
      services: Object.fromEntries(services.map((s) => [s.id, { label: s.name, onAccept: () => loadProcessor({ id: s.id, accountId: s.accountId }) }])),
    }
  }
  const analytics = category('analytics')
  const marketing = category('marketing')
  const table = (rows: { name: string; lifetime: string; description: string }[]) => ({
    headers: { name: config.texts.cookie, lifetime: config.texts.lifetime, description: config.texts.descriptionColumn },
    body: rows.map((r) => ({ name: escapeHtml(r.name), lifetime: escapeHtml(r.lifetime), description: escapeHtml(r.description) })),
  })
  const sections = [
    { title: config.texts.categories.necessary, description: escapeHtml(config.texts.necessaryDescription), linkedCategory: 'necessary', cookieTable: table(config.necessaryCookies) },
    ...(analytics ? [{ title: config.texts.categories.analytics, description: escapeHtml(config.texts.analyticsDescription), linkedCategory: 'analytics', cookieTable: table(config.categoryCookies.analytics) }] : []),
    ...(marketing ? [{ title: config.texts.categories.marketing, description: escapeHtml(config.texts.marketingDescription), linkedCategory: 'marketing', cookieTable: table(config.categoryCookies.marketing) }] : []),
  ]
  const report = (action: 'given' | 'updated') => {
    const prefs = CookieConsent.getUserPreferences()
    const cookie = CookieConsent.getCookie()
    return reportChoice({
      endpoint: config.endpoint,
      report: {
        consentId: String(cookie.consentId),
        eventId: crypto.randomUUID(),
        action,
        revision: config.revision,
        locale: config.locale,
        acceptedCategories: prefs.acceptedCategories,
        rejectedCategories: prefs.rejectedCategories,
        acceptedServices: prefs.acceptedServices,
      },
    })
  }
  const applyConsentMode = () => updateConsent({ analytics: CookieConsent.acceptedCategory('analytics'), marketing: CookieConsent.acceptedCategory('marketing') })

  void CookieConsent.run({
    revision: config.revision,
    cookie: { name: config.cookieName, expiresAfterDays: 182, sameSite: 'Lax' },
    guiOptions: {
      consentModal: { layout: 'box', position: 'bottom right', equalWeightButtons: true, flipButtons: false },
      preferencesModal: { layout: 'box', equalWeightButtons: true, flipButtons: false },
    },
    categories: {
      necessary: { enabled: true, readOnly: true },
      ...(analytics ? { analytics } : {}),
      ...(marketing ? { marketing } : {}),
    },
    language: {
      default: config.locale,
      translations: {
        [config.locale]: {
          consentModal: {
            title: config.texts.title,
            description: escapeHtml(config.texts.description),
            acceptAllBtn: config.texts.acceptAll,
            acceptNecessaryBtn: config.texts.rejectAll,
            showPreferencesBtn: config.texts.showPreferences,
          },
          preferencesModal: {
            title: config.texts.preferencesTitle,
            // The close button is an icon: without a label it has no accessible name.
            closeIconLabel: config.texts.close,
            acceptAllBtn: config.texts.acceptAll,
            acceptNecessaryBtn: config.texts.rejectAll,
            savePreferencesBtn: config.texts.savePreferences,
            sections,
          },
        },
      },
    },
    onConsent: applyConsentMode,
    onFirstConsent: () => void report('given'),
    onChange: ({ changedCategories }) => {
      applyConsentMode()
      // A withdrawn category's cookies are already cleared; reloading stops its scripts, once the record is made.
      const withdrawn = changedCategories.filter((category) => !CookieConsent.acceptedCategory(category))
      const withdrew = withdrawn.length > 0
      clearStoredKeys({ services: config.services.filter((s) => withdrawn.includes(s.category)) })
      void report('updated').then(() => {
        if (withdrew) location.reload()
      })
    },
  })
}
