import { request as playwrightRequest } from '@playwright/test'

import { expect, test } from './fixtures'
import { type Cms, createCms, createLocalisedPage, locales, signIn, unique } from './site-cms'

/** sitemap.xml, robots.txt and the "allow indexing" switch of the SEO defaults. */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
const slugs = {
  published: { nl: `zichtbaar-${u}`, fr: `visible-${u}`, en: `visible-${u}` },
  draft: { nl: `ontwerp-${u}`, fr: `ebauche-${u}`, en: `draft-${u}` },
}

const withCms = async <T>(run: (cms: Cms) => Promise<T>): Promise<T> => {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    return await run(createCms({ request, token: await signIn({ request }) }))
  } finally {
    await request.dispose()
  }
}

test.beforeAll(async () => {
  await withCms(async (cms) => {
    for (const [kind, status] of [['published', 'published'], ['draft', 'draft']] as const) {
      await createLocalisedPage({ cms, status, content: (l) => ({ title: `${kind} ${l}`, slug: slugs[kind][l], layout: [] }) })
    }
  })
})

test('sitemap.xml lists every published page in three languages with hreflang alternates', async ({ request, page }) => {
  const res = await request.get('/sitemap.xml')
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toBe('application/xml; charset=utf-8')
  const xml = await res.text()
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)

  // Well-formed XML, read with the browser's own parser.
  await page.goto('/nl/')
  const urls = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml')
    if (doc.getElementsByTagName('parsererror').length) throw new Error('sitemap.xml is not well-formed')
    return [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url')].map((url) => ({
      loc: url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0]?.textContent,
      lastmod: url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'lastmod')[0]?.textContent,
      alternates: [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    }))
  }, xml)

  for (const l of locales) {
    const loc = `${baseURL}/${l}/${slugs.published[l]}`
    const entry = urls.find((url) => url.loc === loc)
    expect(entry, loc).toBeDefined()
    expect(entry?.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)
    expect(entry?.alternates).toEqual([
      ['nl', `${baseURL}/nl/${slugs.published.nl}`],
      ['fr', `${baseURL}/fr/${slugs.published.fr}`],
      ['en', `${baseURL}/en/${slugs.published.en}`],
      ['x-default', `${baseURL}/nl/${slugs.published.nl}`],
    ])
    // Home pages are in it too, in each language.
    expect(urls.some((url) => url.loc === `${baseURL}/${l}/`)).toBe(true)
  }
  // Drafts are not.
  expect(xml).not.toContain(slugs.draft.nl)
  expect(xml).not.toContain(slugs.draft.en)
})

test('robots.txt allows the site, keeps crawlers out of the admin and the API, and names the sitemap', async ({ request }) => {
  const res = await request.get('/robots.txt')
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toBe('text/plain; charset=utf-8')
  const lines = (await res.text()).split('\n')
  expect(lines).toContain('User-agent: *')
  expect(lines).toContain('Allow: /')
  expect(lines).toContain('Disallow: /admin')
  expect(lines).toContain('Disallow: /api')
  expect(lines).not.toContain('Disallow: /')
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
})

test('with indexing switched off, robots.txt disallows everything and pages say noindex', async ({ request, page, problems }) => {
  await withCms((cms) => cms.updateGlobal('seo-defaults', { allowIndexing: false }))
  try {
    await expect
      .poll(async () => (await request.get('/robots.txt')).text(), { timeout: 10_000 })
      .toBe(['User-agent: *', 'Disallow: /', 'Disallow: /admin', 'Disallow: /api', ''].join('\n'))
    await page.goto(`/fr/${slugs.published.fr}`)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
  } finally {
    await withCms((cms) => cms.updateGlobal('seo-defaults', { allowIndexing: true }))
  }
  await expect.poll(async () => (await request.get('/robots.txt')).text(), { timeout: 10_000 }).toContain('Sitemap:')
  await page.goto(`/fr/${slugs.published.fr}`)
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0)
  expect(problems).toEqual([])
})
