import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'

import type { ConsentCategory } from '../../config/processors/processor-types'
import { createCms, signIn } from './site-cms'
import { browserProcessors, cookieNames, declaredOrigins, intercept, sitemapUrls, storageKeys, trackingIds, undeclaredCookies, undeclaredWrites, type Recorder } from './consent-harness'
import { vendorFootprints } from './vendor-footprints'

/**
 * The consent conformance test (issue 5): with every processor configured, a real Chromium visits the sitemap and
 * checks that what the site loads is exactly what the processor registry declares, before and after each choice.
 * The vendors' scripts are stand-ins that behave as the vendors document (vendor-footprints.ts), not as the registry
 * says: a host, cookie or storage key the registry forgot fails here.
 */


let pages: string[] = []
let origin = ''

test.beforeAll(async ({ playwright, baseURL }) => {
  origin = baseURL ?? ''
  const request = await playwright.request.newContext({ baseURL })
  const token = await signIn({ request })
  const res = await request.post('/api/globals/consent-settings?depth=0', { headers: { Authorization: `JWT ${token}` }, data: { trackingIds } })
  expect(res.status(), await res.text()).toBe(200)
  const cms = createCms({ request, token })
  const stored = (await cms.readGlobal('consent-settings')) as unknown as { trackingIds: typeof trackingIds }
  expect(stored.trackingIds).toMatchObject(trackingIds)
  pages = await sitemapUrls({ request, baseURL: origin })
  await request.dispose()
  console.log(`sitemap: ${pages.length} pages`)
  expect(pages.length).toBeGreaterThan(3)
  for (const locale of ['nl', 'fr', 'en']) expect(pages.some((p) => new URL(p).pathname.startsWith(`/${locale}`)), locale).toBe(true)
})

const open = async (browser: Browser): Promise<{ context: BrowserContext; page: Page; rec: Recorder }> => {
  const context = await browser.newContext({ baseURL: origin })
  const rec = await intercept({ context, baseURL: origin })
  const page = await context.newPage()
  return { context, page, rec }
}

const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(200)
}

const visit = async (page: Page, url: string) => {
  await page.goto(url)
  await settle(page)
}

/** A sample for the choices: each language's home page and one other page per language. */
const sample = () => {
  const out: string[] = []
  for (const locale of ['nl', 'fr', 'en']) {
    const own = pages.filter((p) => new URL(p).pathname.startsWith(`/${locale}`))
    out.push(...own.slice(0, 2))
  }
  return out
}
const nlPage = (i: number) => pages.filter((p) => new URL(p).pathname.startsWith('/nl'))[i]

const banner = (page: Page) => page.locator('#cc-main .cm')
const prefs = (page: Page) => page.locator('#cc-main .pm')

const expectOnlyDeclared = async ({ context, page, rec, allowed, where }: { context: BrowserContext; page: Page; rec: Recorder; allowed: ConsentCategory[]; where: string }) => {
  const hosts = declaredOrigins(allowed)
  expect([...rec.hosts()].filter((h) => !hosts.has(h)), `${where}: hosts outside ${allowed.join('+')}`).toEqual([])
  expect(await undeclaredCookies(context, ['necessary', ...allowed]), `${where}: cookies (all: ${(await cookieNames(context)).join(', ')})`).toEqual([])
  expect(await undeclaredWrites(page, allowed), `${where}: cookies and storage keys written that the registry does not declare`).toEqual([])
}

const expectConsentModeFirst = async (page: Page) => {
  const snapshot = (await page.evaluate(() => (window as unknown as { __gaAppend?: unknown[][] }).__gaAppend)) ?? []
  expect(snapshot.length, 'the GA script was added through appendChild').toBeGreaterThan(0)
  const firstConsent = snapshot.findIndex((e) => e[0] === 'consent')
  expect(snapshot[firstConsent]?.slice(0, 2), 'first consent command before the GA request').toEqual(['consent', 'default'])
  expect(snapshot[firstConsent][2]).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' })
  const firstConfig = snapshot.findIndex((e) => e[0] === 'config')
  expect(firstConfig === -1 || firstConfig > firstConsent, 'no config before the defaults').toBe(true)
}

test('before any choice: every sitemap page stays on its own origin and sets only necessary cookies', async ({ browser }) => {
  test.setTimeout(Math.max(60_000, pages.length * 4_000))
  const { context, page, rec } = await open(browser)
  for (const url of pages) {
    await visit(page, url)
    await expect(banner(page), `${url}: banner shown`).toBeVisible()
    const dataLayer = await page.evaluate(() => ((window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? []).map((e) => JSON.parse(JSON.stringify(Array.from(e))) as unknown[]))
    expect(dataLayer[0], `${url}: Consent Mode defaults`).toEqual(['consent', 'default', expect.objectContaining({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' })])
    expect(rec.thirdParty, `${url}: third-party requests`).toEqual([])
    expect(await cookieNames(context), `${url}: cookies`).toEqual([])
    await expectOnlyDeclared({ context, rec, allowed: [], where: url, page })
  }
  expect(rec.consentPosts).toEqual([])
  expect.soft(rec.problems).toEqual([])
  await context.close()
})

test('after "reject all": nothing leaves the origin, across navigations', async ({ browser }) => {
  const { context, page, rec } = await open(browser)
  await visit(page, nlPage(0))
  // The first layer shows the CMS's banner description (default wording), not a table header.
  await expect.soft(banner(page)).toContainText('Noodzakelijke cookies laten de website werken.')
  await banner(page).getByRole('button', { name: 'Alles weigeren', exact: true }).click()
  await expect(banner(page)).toBeHidden()
  await settle(page)
  expect.soft(rec.consentPosts.map((p) => p.status), JSON.stringify(rec.consentPosts)).toEqual([204])
  expect((await context.cookies()).map((c) => c.name)).toEqual(['mp_consent'])
  for (const url of sample()) {
    await visit(page, url)
    await expect(banner(page)).toBeHidden()
    expect(rec.thirdParty, `${url}: third-party requests after reject`).toEqual([])
    await expectOnlyDeclared({ context, rec, allowed: [], where: url, page })
  }
  expect.soft(rec.problems).toEqual([])
  await context.close()
})

test('after accepting analytics only: only the analytics processors are contacted', async ({ browser }) => {
  const { context, page, rec } = await open(browser)
  await visit(page, nlPage(0))
  await banner(page).getByRole('button', { name: 'Zelf kiezen', exact: true }).click()
  await expect(prefs(page)).toBeVisible()
  await prefs(page).locator('input.section__toggle[value="analytics"]').check({ force: true })
  await prefs(page).getByRole('button', { name: 'Keuze bewaren', exact: true }).click()
  await page.waitForFunction(() => Boolean((window as unknown as Record<string, unknown>).__stub_ga && (window as unknown as Record<string, unknown>).__stub_hj))
  await settle(page)
  await expectConsentModeFirst(page)
  expect.soft(rec.consentPosts.map((p) => p.status), JSON.stringify(rec.consentPosts)).toEqual([204])
  const analyticsScripts = browserProcessors.filter((p) => p.category === 'analytics').flatMap((p) => p.hosts.scripts)
  for (const host of analyticsScripts.filter((h) => h !== 'https://script.hotjar.com')) expect([...rec.hosts()], host).toContain(host)
  await expectOnlyDeclared({ context, rec, allowed: ['analytics'], where: 'after analytics only', page })
  for (const url of sample()) {
    rec.thirdParty.length = 0
    await visit(page, url)
    await page.waitForFunction(() => Boolean((window as unknown as Record<string, unknown>).__stub_ga && (window as unknown as Record<string, unknown>).__stub_hj))
    await expectOnlyDeclared({ context, rec, allowed: ['analytics'], where: url, page })
    await expectConsentModeFirst(page)
  }
  const names = await cookieNames(context)
  expect(names).toEqual(expect.arrayContaining(['_ga', `_ga_${trackingIds.gaMeasurementId.slice(2)}`, `_hjSessionUser_${trackingIds.hotjarSiteId}`]))
  expect(names.filter((n) => n === '_fbp' || n === '_lfa')).toEqual([])
  expect.soft(rec.problems).toEqual([])
  await context.close()
})

const loadedFlags = vendorFootprints.map((f) => f.loadedFlag)
const acceptAll = async (page: Page) => {
  await banner(page).getByRole('button', { name: 'Alles accepteren', exact: true }).click()
  await page.waitForFunction((flags) => flags.every((k) => (window as unknown as Record<string, unknown>)[k]), loadedFlags)
  await settle(page)
}

test('every browser processor the site can load has a documented footprint, and every footprint a processor', () => {
  const loadable = browserProcessors.filter((p) => p.accountSetting).map((p) => p.id).sort()
  expect(vendorFootprints.map((f) => f.processor).sort()).toEqual(loadable)
  for (const f of vendorFootprints) expect(f.sources.length, `${f.processor}: where it is documented`).toBeGreaterThan(0)
})

test('after "accept all": exactly the registry hosts, every configured processor loaded', async ({ browser }) => {
  const { context, page, rec } = await open(browser)
  await visit(page, nlPage(0))
  await acceptAll(page)
  await expectConsentModeFirst(page)
  expect.soft(rec.consentPosts.map((p) => p.status), JSON.stringify(rec.consentPosts)).toEqual([204])
  // The first visit arrives from an ad (fbclid): Meta then sets _fbc as well.
  for (const [i, url] of sample().entries()) {
    await visit(page, i === 0 ? `${url}?fbclid=conform` : url)
    const loaded = () => page.evaluate((flags) => flags.filter((k) => (window as unknown as Record<string, unknown>)[k]), loadedFlags)
    await expect.poll(loaded, { message: `${url}: every processor loaded (requests: ${rec.thirdParty.join(' ')})`, timeout: 5000 }).toHaveLength(loadedFlags.length)
    await settle(page)
    await expectOnlyDeclared({ context, rec, allowed: ['analytics', 'marketing'], where: url, page })
  }
  // Every request each vendor makes reached the network: one the registry forgot would have been refused by the CSP
  // (built from the registry) before it left the browser.
  const contacted = [...rec.hosts()]
  for (const f of vendorFootprints) {
    for (const target of [f.script, ...f.requests.map((r) => r.url)]) {
      expect(contacted, `${f.processor}: ${target} (refused by the CSP: the registry does not declare its host)`).toContain(new URL(target.replaceAll('{id}', 'x')).origin)
    }
  }
  const names = await cookieNames(context)
  expect(names).toEqual(expect.arrayContaining(['mp_consent', '_ga', '_fbp', '_lfa', `_hjSessionUser_${trackingIds.hotjarSiteId}`]))
  expect.soft(rec.problems).toEqual([])
  await context.close()
})

test('after withdrawal via the footer: the processors\u2019 cookies are gone and nothing third-party follows', async ({ browser }) => {
  const { context, page, rec } = await open(browser)
  await visit(page, nlPage(1) ?? nlPage(0))
  await acceptAll(page)
  expect((await cookieNames(context)).length).toBeGreaterThan(1)
  rec.thirdParty.length = 0
  await page.getByRole('link', { name: 'Cookie-instellingen', exact: true }).click()
  await expect(prefs(page)).toBeVisible()
  await Promise.all([page.waitForEvent('load'), prefs(page).getByRole('button', { name: 'Alles weigeren', exact: true }).click()])
  await settle(page)
  expect(rec.thirdParty, 'third-party requests after withdrawal').toEqual([])
  expect(await cookieNames(context), 'cookies after withdrawal').toEqual(['mp_consent'])
  expect(await storageKeys(page), 'vendor storage keys after withdrawal').toEqual([])
  expect.soft(rec.consentPosts.map((p) => p.status), JSON.stringify(rec.consentPosts)).toEqual([204, 204])
  for (const url of sample().slice(0, 3)) {
    await visit(page, url)
    expect(rec.thirdParty, `${url} after withdrawal`).toEqual([])
  }
  expect(await cookieNames(context)).toEqual(['mp_consent'])
  expect.soft(rec.problems).toEqual([])
  await context.close()
})
