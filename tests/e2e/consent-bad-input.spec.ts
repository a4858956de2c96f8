import { randomUUID } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { intercept, trackingIds } from './consent-harness'
import { signIn } from './site-cms'

const choice = (over: Record<string, unknown> = {}) => ({
  consentId: randomUUID(),
  eventId: randomUUID(),
  action: 'given',
  revision: 1,
  locale: 'nl',
  acceptedCategories: ['necessary'],
  rejectedCategories: ['analytics', 'marketing'],
  acceptedServices: {},
  ...over,
})

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL })
  const token = await signIn({ request })
  const res = await request.post('/api/globals/consent-settings?depth=0', { headers: { Authorization: `JWT ${token}` }, data: { trackingIds } })
  expect(res.status()).toBe(200)
  await request.dispose()
})

test('the consent endpoint refuses forged, malformed and oversized posts', async ({ request, baseURL }) => {
  const post = (data: string, headers: Record<string, string> = {}) => request.post('/consent', { data, headers: { 'content-type': 'application/json', origin: baseURL ?? '', ...headers } })
  expect((await post(JSON.stringify(choice()))).status()).toBe(204)
  expect((await post(JSON.stringify(choice()), { origin: 'https://evil.example' })).status()).toBe(403)
  expect((await post(JSON.stringify(choice({ acceptedCategories: ['necessary', 'tracking'] })))).status()).toBe(400)
  expect((await post('{not json')).status()).toBe(400)
  expect((await post(JSON.stringify({ ...choice(), padding: 'x'.repeat(5000) }))).status()).toBe(413)
  expect((await post('consent=yes', { 'content-type': 'application/x-www-form-urlencoded' })).status()).not.toBe(204)
})

test('a tampered consent cookie counts as no consent: banner shown, nothing loaded', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL })
  const rec = await intercept({ context, baseURL: baseURL ?? '' })
  const host = new URL(baseURL ?? 'http://127.0.0.1').hostname
  // Claims every category, with a consent id that the banner never issues.
  await context.addCookies([
    { name: 'mp_consent', value: encodeURIComponent(JSON.stringify({ categories: ['necessary', 'analytics', 'marketing'], revision: 1, consentId: 'forged' })), domain: host, path: '/' },
  ])
  const page = await context.newPage()
  await page.goto('/nl/')
  await expect(page.getByRole('button', { name: 'Alles weigeren', exact: true }).first()).toBeVisible()
  await page.waitForTimeout(500)
  expect(rec.thirdParty).toEqual([])
  expect((await context.cookies()).map((c) => c.name)).not.toContain('_ga')
  await context.close()
})
