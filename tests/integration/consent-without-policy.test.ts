import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recordBannerConsent } from '../../cms/consent/record-banner-consent'
import { describeError, DomainError } from '../../cms/errors'
import { createTestCms, type TestCms } from '../support/create-test-cms'

let cms: TestCms
beforeAll(async () => {
  // No seed: no privacy or cookie policy has been published yet.
  cms = await createTestCms()
})
afterAll(async () => cms?.close())

describe('consent before any policy is in force', () => {
  it('is refused with a clear 503 and nothing recorded (it answered 500: the ledger needs a policy hash)', async () => {
    const body = { consentId: randomUUID(), eventId: randomUUID(), action: 'given', revision: 1, locale: 'nl', acceptedCategories: ['necessary'], rejectedCategories: ['analytics', 'marketing'], acceptedServices: {} }
    const refused = await recordBannerConsent({ payload: cms.payload, body }).then(() => undefined, (e: unknown) => e)
    expect(refused).toBeInstanceOf(DomainError)
    expect((refused as DomainError).code).toBe('consent.no-policy')
    expect(describeError({ code: 'consent.no-policy', locale: 'en' }).status).toBe(503)
    expect((await cms.payload.count({ collection: 'consent-records' })).totalDocs).toBe(0)
  })
})
