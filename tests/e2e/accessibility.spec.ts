import AxeBuilder from '@axe-core/playwright'
import { type Locator, request as playwrightRequest, type Page } from '@playwright/test'

import { trackingIds } from './consent-harness'
import { expect, test } from './fixtures'
import { showBannerToAutomation } from './show-banner-to-automation'
import { createCms, signIn } from './site-cms'

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`

/**
 * The banner only exists when a processor is configured (without one there is nothing to ask): the test's CMS gets
 * the conformance test's tracking ids, and the settings as they were are put back afterwards.
 */
let before: Record<string, unknown> = {}
const withCms = async <T>(run: (cms: ReturnType<typeof createCms>) => Promise<T>): Promise<T> => {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    return await run(createCms({ request, token: await signIn({ request }) }))
  } finally {
    await request.dispose()
  }
}
test.beforeAll(async () => {
  await withCms(async (cms) => {
    before = ((await cms.readGlobal('consent-settings')).trackingIds as Record<string, unknown> | undefined) ?? {}
    await cms.updateGlobal('consent-settings', { trackingIds })
  })
})
test.afterAll(async () => {
  await withCms((cms) => cms.updateGlobal('consent-settings', { trackingIds: before }))
})

/** The banner fades in: axe must measure its colours once the transition is over, not half-way. */
const settled = async (locator: Locator) => {
  await expect(locator).toBeVisible()
  await locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)))
  await expect.poll(() => locator.evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
}

const violations = async ({ page, where, include }: { page: Page; where: string; include?: string }) => {
  const builder = new AxeBuilder({ page }).withTags(tags)
  // An include that matches nothing makes axe throw: a scan of a banner that is not there cannot pass.
  const results = await (include ? builder.include(include) : builder).analyze()
  if (include) expect(results.passes.length, `${where}: axe checked something inside ${include}`).toBeGreaterThan(0)
  return results.violations.map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`)
}

test('every page of the sitemap meets WCAG 2.2 AA (axe), with the cookie banner open', async ({ page, request, problems }) => {
  // About forty pages, each loaded and scanned: a minute is too tight on a busy two-core machine.
  test.setTimeout(180_000)
  await showBannerToAutomation({ context: page.context() })
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname)
  expect(paths.length).toBeGreaterThanOrEqual(18)
  for (const path of paths) {
    await page.goto(path)
    await expect(page.locator('#cc-main .cm'), `${path}: the banner is open`).toBeVisible()
    await settled(page.locator('#cc-main .cm'))
    expect(await violations({ page, where: path }), path).toEqual([])
  }
  expect(problems).toEqual([])
})

test('both layers of the cookie banner meet WCAG 2.2 AA (axe) in nl, fr and en', async ({ page, problems }) => {
  await showBannerToAutomation({ context: page.context() })
  for (const locale of ['nl', 'fr', 'en'] as const) {
    await page.goto(`/${locale}/`)
    const consentModal = page.locator('#cc-main .cm')
    await expect(consentModal, `${locale}: the consent modal shows`).toBeVisible()
    await settled(consentModal)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    expect(await violations({ page, where: `${locale} consent modal`, include: '#cc-main .cm' })).toEqual([])

    // The second layer, opened the way a visitor opens it: the consent modal's own button, named in the page's language.
    const texts = await page.evaluate(() => (JSON.parse(document.getElementById('mp-consent-config')?.textContent ?? '{}') as { texts: { showPreferences: string } }).texts)
    await consentModal.getByRole('button', { name: texts.showPreferences, exact: true }).click()
    const preferences = page.locator('#cc-main .pm')
    await expect(preferences, `${locale}: the preferences modal shows`).toBeVisible()
    await settled(preferences)
    // Its category sections and cookie tables are there (the tracker's categories), not an empty dialog.
    await expect(preferences.locator('input.section__toggle[value="analytics"]')).toHaveCount(1)
    await expect(preferences.locator('table').first()).toBeAttached()
    expect(await violations({ page, where: `${locale} preferences modal`, include: '#cc-main .pm' })).toEqual([])
  }
  expect(problems).toEqual([])
})
