import AxeBuilder from '@axe-core/playwright'

import { expect, test } from './fixtures'

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

test('every page of the sitemap meets WCAG 2.2 AA (axe), with the cookie banner open', async ({ page, request, problems }) => {
  // About forty pages, each loaded and scanned: a minute is too tight on a busy two-core machine.
  test.setTimeout(180_000)
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname)
  expect(paths.length).toBeGreaterThanOrEqual(18)
  for (const path of paths) {
    await page.goto(path)
    const results = await new AxeBuilder({ page }).withTags(tags).analyze()
    expect(
      results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`),
      path,
    ).toEqual([])
  }
  expect(problems).toEqual([])
})
