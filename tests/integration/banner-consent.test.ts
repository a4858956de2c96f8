import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recordBannerConsent } from '../../cms/consent/record-banner-consent'
import { describeError, DomainError } from '../../cms/errors'
import { verifyConsentChain } from '../../cms/consent/verify-consent-chain'
import { buildGateConfig } from '../../site/scripts/consent/gate-config'
import { processorRegistry } from '../../config/processors/processor-registry'
import { createTestCms, type TestCms } from '../support/create-test-cms'

let cms: TestCms
const count = async () => (await cms.payload.count({ collection: 'consent-records' })).totalDocs
const choice = (over: Record<string, unknown> = {}) => ({
  consentId: randomUUID(),
  eventId: randomUUID(),
  action: 'given',
  revision: 1,
  locale: 'fr',
  acceptedCategories: ['necessary', 'analytics'],
  rejectedCategories: ['marketing'],
  acceptedServices: { analytics: ['google-analytics'] },
  ...over,
})

beforeAll(async () => {
  cms = await createTestCms({ seed: true })
})
afterAll(async () => {
  await cms?.close()
})

describe('recording a banner choice', () => {
  it('appends a record tied to the cookie policy version and the banner wording shown', async () => {
    const body = choice()
    expect(await recordBannerConsent({ payload: cms.payload, body, ip: '198.51.100.23', userAgent: 'Mozilla/5.0 Firefox/120.0' })).toBeUndefined()
    const [record] = (await cms.payload.find({ collection: 'consent-records', sort: '-sequence', limit: 1 })).docs
    const cookiePolicy = (await cms.payload.find({ collection: 'policy-versions', where: { kind: { equals: 'cookie' } } })).docs[0]
    expect(record).toMatchObject({
      subjectRef: `banner:${body.consentId}`,
      source: 'banner',
      action: 'given',
      granted: ['analytics', 'analytics:google-analytics', 'necessary'],
      refused: ['marketing'],
      policyVersion: String(cookiePolicy?.id),
      policyHash: cookiePolicy?.hashes?.fr,
      wordingId: 'banner-r1-fr',
      locale: 'fr',
      ipTruncated: '198.51.100.0/24',
      browserFamily: 'Firefox',
    })
    expect(record?.wordingHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('records "reject all" (the banner reports refused categories with no services)', async () => {
    const before = await count()
    const body = choice({ acceptedCategories: ['necessary'], rejectedCategories: ['analytics', 'marketing'], acceptedServices: { necessary: [], analytics: [], marketing: [] } })
    expect(await recordBannerConsent({ payload: cms.payload, body })).toBeUndefined()
    expect(await count()).toBe(before + 1)
  })

  it('keeps the CMS description on the first layer (table labels do not overwrite it)', () => {
    const config = buildGateConfig({ locale: 'nl', revision: 1, revisionCategories: [], texts: { ...{ title: 't', acceptAll: 'a', rejectAll: 'r', showPreferences: 's', savePreferences: 'v', preferencesTitle: 'p', necessaryDescription: 'n', analyticsDescription: 'an', marketingDescription: 'm' }, description: 'Wij vragen je toestemming.' }, trackingIds: {} })
    expect(config.texts.description).toBe('Wij vragen je toestemming.')
    expect(config.texts.descriptionColumn).toBe('Omschrijving')
  })

  it('records a replayed post once', async () => {
    const body = choice()
    const before = await count()
    await recordBannerConsent({ payload: cms.payload, body })
    await recordBannerConsent({ payload: cms.payload, body })
    expect(await count()).toBe(before + 1)
  })

  it.each([
    ['an unknown category', { acceptedCategories: ['necessary', 'tracking'] }, 'consent.invalid-choice', 400],
    ['a category both accepted and refused', { acceptedCategories: ['necessary', 'marketing'], rejectedCategories: ['marketing'] }, 'consent.invalid-choice', 400],
    ['necessary refused', { acceptedCategories: ['analytics'], rejectedCategories: ['necessary'] }, 'consent.invalid-choice', 400],
    ['a service not in the registry', { acceptedServices: { analytics: ['evil-tracker'] } }, 'consent.unknown-service', 400],
    ['a service of a refused category', { acceptedServices: { marketing: ['facebook-pixel'] } }, 'consent.unknown-service', 400],
    ['an extra field', { admin: true }, 'consent.invalid-choice', 400],
    ['a consent id that is not a uuid', { consentId: 'x' }, 'consent.invalid-choice', 400],
    ['an old banner revision', { revision: 0 }, 'consent.invalid-choice', 400],
    ['a revision that is not the current one', { revision: 7 }, 'consent.stale-revision', 409],
  ] as const)('refuses %s and leaves the ledger unchanged', async (_, over, code, status) => {
    const before = await count()
    const refused = await recordBannerConsent({ payload: cms.payload, body: choice(over) }).then(() => undefined, (e: unknown) => e)
    expect(refused).toBeInstanceOf(DomainError)
    expect((refused as DomainError).code).toBe(code)
    expect(describeError({ code, locale: 'nl' }).status).toBe(status)
    expect(await count()).toBe(before)
  })

  it('feeds the opt-in rates of the admin chart', async () => {
    const { optInRates } = await import('../../cms/consent/opt-in-rates')
    const days = await optInRates({ payload: cms.payload, days: 7 })
    expect(days).toHaveLength(7)
    const today = days[6]!
    expect(today.day).toBe(new Date().toISOString().slice(0, 10))
    const banner = (await cms.payload.find({ collection: 'consent-records', where: { source: { equals: 'banner' } }, limit: 0, pagination: false })).docs
    expect(today.choices).toBe(banner.length)
    expect(today.analytics).toBe(banner.filter((r) => (r.granted as string[]).includes('analytics')).length)
    expect(today.marketing).toBe(banner.filter((r) => (r.granted as string[]).includes('marketing')).length)
    expect(today.analytics).toBeGreaterThan(0)
  })

  it('keeps the chain verifiable', async () => {
    expect(await verifyConsentChain({ payload: cms.payload })).toMatchObject({ ok: true })
  })
})

describe('the banner configuration', () => {
  const texts = { title: 't', description: 'd', acceptAll: 'a', rejectAll: 'r', showPreferences: 's', savePreferences: 'v', preferencesTitle: 'p', necessaryDescription: 'n', analyticsDescription: 'an', marketingDescription: 'm' }

  it('offers only processors whose account id was entered', () => {
    const config = buildGateConfig({ locale: 'nl', revision: 1, revisionCategories: [], texts, trackingIds: { gaMeasurementId: 'G-TEST1234' } })
    expect(config.services.map((s) => s.id)).toEqual(['google-analytics'])
    expect(config.categoryCookies.marketing).toEqual([])
    expect(config.categoryCookies.analytics.map((c) => c.name)).toEqual(['_ga', '_ga_…'])
  })

  it('follows the registry it is given', () => {
    const registry = [...processorRegistry.filter((p) => p.id !== 'hotjar')]
    const ids = { gaMeasurementId: 'G-TEST1234', hotjarSiteId: '1234567', facebookPixelId: '1234567890123', leadfeederId: 'abcdef12' }
    const full = buildGateConfig({ locale: 'en', revision: 1, revisionCategories: [], texts, trackingIds: ids })
    const without = buildGateConfig({ locale: 'en', revision: 1, revisionCategories: [], texts, trackingIds: ids, registry })
    expect(full.services.map((s) => s.id)).toContain('hotjar')
    expect(without.services.map((s) => s.id)).not.toContain('hotjar')
    expect(without.categoryCookies.analytics.map((c) => c.name)).not.toContain('_hjSession_…')
  })
})
