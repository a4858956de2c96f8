import { request as playwrightRequest } from '@playwright/test'

import { expect, test } from './fixtures'
import { type Cms, createCms, createLocalisedPage, signIn, unique } from './site-cms'

/** Redirects managed in the CMS (the redirects plugin's collection), answered by the site's middleware. */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
const slugs = {
  target: { nl: `nieuw-${u}`, fr: `nouveau-${u}`, en: `new-${u}` },
  draft: { nl: `niet-klaar-${u}`, fr: `pas-pret-${u}`, en: `not-ready-${u}` },
}
const ids: Record<'target' | 'draft', number> = { target: 0, draft: 0 }

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
    for (const [kind, status] of [['target', 'published'], ['draft', 'draft']] as const) {
      ids[kind] = (await createLocalisedPage({ cms, status, content: (l) => ({ title: `${kind} ${l}`, slug: slugs[kind][l], layout: [] }) })).id
    }
    await cms.create('redirects', { from: `/nl/oud-${u}`, to: { type: 'custom', url: `/nl/${slugs.target.nl}` }, type: '301' })
    await cms.create('redirects', { from: `/fr/ancien-${u}`, to: { type: 'reference', reference: { relationTo: 'pages', value: ids.target } }, type: '302' })
    // Only admins may point off-site (signIn is the admin).
    await cms.create('redirects', { from: `/nl/partner-${u}`, to: { type: 'custom', url: 'https://partner.example/actie' }, type: '302' })
    await cms.create('redirects', { from: `/en/early-${u}`, to: { type: 'reference', reference: { relationTo: 'pages', value: ids.draft } }, type: '301' })
  })
})

// The site reads the redirect table at most every ~2 s: the first answers may still predate the new redirects.
const statusOf = async (request: import('@playwright/test').APIRequestContext, path: string) => {
  const res = await request.get(path, { maxRedirects: 0 })
  return { status: res.status(), location: res.headers()['location'] }
}

test('a redirect created in the CMS answers 301 with its Location', async ({ request }) => {
  await expect.poll(() => statusOf(request, `/nl/oud-${u}`), { timeout: 10_000 }).toEqual({ status: 301, location: `/nl/${slugs.target.nl}` })
  // The trailing-slash form of the source redirects too, and HEAD answers like GET.
  expect(await statusOf(request, `/nl/oud-${u}/`)).toEqual({ status: 301, location: `/nl/${slugs.target.nl}` })
  const head = await request.head(`/nl/oud-${u}`, { maxRedirects: 0 })
  expect(head.status()).toBe(301)
})

test('a redirect to a page goes to that page in the language of the old path, with its own status', async ({ request }) => {
  await expect.poll(() => statusOf(request, `/fr/ancien-${u}`), { timeout: 10_000 }).toEqual({ status: 302, location: `/fr/${slugs.target.fr}` })
})

test('an internal target keeps the query string, another site never receives it', async ({ request }) => {
  await expect.poll(() => statusOf(request, `/nl/partner-${u}?token=secret`), { timeout: 10_000 }).toEqual({ status: 302, location: 'https://partner.example/actie' })
  expect(await statusOf(request, `/nl/oud-${u}?mp_c=3`)).toEqual({ status: 301, location: `/nl/${slugs.target.nl}?mp_c=3` })
})

test('a redirect to an unpublished page is not followed: the old path is a 404', async ({ request }) => {
  // Wait until the table that holds the other redirects is loaded, then the draft target must still give 404.
  await expect.poll(() => statusOf(request, `/nl/oud-${u}`), { timeout: 10_000 }).toMatchObject({ status: 301 })
  expect(await statusOf(request, `/en/early-${u}`)).toEqual({ status: 404, location: undefined })
})

test('a visitor following an old link lands on the new page', async ({ page, problems }) => {
  await page.goto(`/nl/oud-${u}`)
  await expect(page).toHaveURL(new RegExp(`/nl/${slugs.target.nl}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('target nl')
  expect(problems).toEqual([])
})
