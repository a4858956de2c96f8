import { type BrowserContext, request as playwrightRequest } from '@playwright/test'

import { expect, test } from './fixtures'
import { type Cms, createCms, createLocalisedPage, executableScripts, signIn, unique, withIds } from './site-cms'

/**
 * Drafts and live preview: a draft is invisible to the public, also with ?preview=1; a signed-in CMS user sees the
 * latest draft with ?preview=1 (never cached, never indexed), and the page reloads when the admin reports a save.
 */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
const slugs = {
  draft: { nl: `concept-${u}`, fr: `brouillon-${u}`, en: `draft-${u}` },
  edited: { nl: `bewerkt-${u}`, fr: `modifie-${u}`, en: `edited-${u}` },
}
const hero = (heading: string) => [{ blockType: 'hero', heading }]
let token = ''
const ids = { draft: 0, edited: 0 }

const withCms = async <T>(run: (cms: Cms) => Promise<T>): Promise<T> => {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    return await run(createCms({ request, token }))
  } finally {
    await request.dispose()
  }
}

/** The admin's session cookie, as the browser has it after signing in to /admin. */
const signInBrowser = async (context: BrowserContext) =>
  context.addCookies([{ name: 'payload-token', value: token, url: baseURL, httpOnly: true, sameSite: 'Lax' }])

test.beforeAll(async () => {
  const request = await playwrightRequest.newContext({ baseURL })
  token = await signIn({ request })
  await request.dispose()
  await withCms(async (cms) => {
    ids.draft = (await createLocalisedPage({ cms, status: 'draft', content: (l) => ({ title: `Draft ${l}`, slug: slugs.draft[l], layout: hero(`Draft heading ${l}`) }) })).id
    ids.edited = (await createLocalisedPage({ cms, content: (l) => ({ title: `Edited ${l}`, slug: slugs.edited[l], layout: hero(`Published heading ${l}`) }) })).id
    // A newer draft on top of the published version (what autosave does while a marketer types).
    const stored = await cms.find('pages', ids.edited)
    await cms.update('pages', ids.edited, { layout: withIds(stored.layout, hero('Draft heading nl')), _status: 'draft' }, { draft: true })
  })
})

test('a draft is invisible to the public, with or without ?preview=1', async ({ request }) => {
  for (const path of [`/nl/${slugs.draft.nl}`, `/nl/${slugs.draft.nl}?preview=1`, `/fr/${slugs.draft.fr}?preview=1`]) {
    const res = await request.get(path)
    expect(res.status(), path).toBe(404)
    expect(await res.text()).not.toContain('Draft heading')
  }
  // A forged or stale session cookie is no session.
  const forged = await request.get(`/nl/${slugs.draft.nl}?preview=1`, { headers: { Cookie: 'payload-token=not-a-token' } })
  expect(forged.status()).toBe(404)
})

test('the public sees the published version of a page that has a newer draft', async ({ page, problems }) => {
  await page.goto(`/nl/${slugs.edited.nl}`)
  const publicScripts = await executableScripts(page)
  await page.goto(`/nl/${slugs.edited.nl}?preview=1`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Published heading nl')
  // No live-preview script for the public.
  expect(await executableScripts(page)).toEqual(publicScripts)
  expect(problems).toEqual([])
})

test('a signed-in CMS user sees the latest draft with ?preview=1, uncached and noindex', async ({ page, context, problems }) => {
  await signInBrowser(context)
  // Signed in but without ?preview=1: the public page, as for anyone.
  expect((await page.goto(`/nl/${slugs.draft.nl}`))?.status()).toBe(404)
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('404')))
  await page.goto(`/nl/${slugs.edited.nl}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Published heading nl')
  const publicScripts = await executableScripts(page)

  for (const [path, heading] of [
    [`/nl/${slugs.draft.nl}?preview=1`, 'Draft heading nl'],
    [`/en/${slugs.draft.en}?preview=1`, 'Draft heading en'],
    [`/nl/${slugs.edited.nl}?preview=1`, 'Draft heading nl'],
  ] as const) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    const headers = response?.headers() ?? {}
    expect(headers['cache-control']).toContain('no-store')
    expect(headers['x-robots-tag']).toBe('noindex')
    expect(headers['x-render-cache']).toBeUndefined()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
    await expect(page.getByRole('status')).toBeVisible()
    // A preview runs only the live-preview script: no cookie banner inside the editor's frame.
    const previewScripts = await executableScripts(page)
    expect(previewScripts).toHaveLength(1)
    expect(previewScripts[0]).toMatch(/payload-document-event/)
    expect(previewScripts.some((s) => publicScripts.includes(s))).toBe(false)
  }
  // The public still gets the published version afterwards (a preview never lands in the render cache).
  const publicRequest = await playwrightRequest.newContext({ baseURL })
  expect(await (await publicRequest.get(`/nl/${slugs.edited.nl}`)).text()).toContain('Published heading nl')
  expect((await publicRequest.get(`/nl/${slugs.draft.nl}`)).status()).toBe(404)
  await publicRequest.dispose()
  expect(problems).toEqual([])
})

test('live preview: the framed page says it is ready and reloads after the admin reports a save', async ({ page, context, problems }) => {
  await signInBrowser(context)
  // A same-origin parent, as the admin is: the preview page is framed exactly as the admin frames it.
  await page.goto('/nl/')
  await page.evaluate(() => {
    const w = window as unknown as { previewMessages: unknown[] }
    w.previewMessages = []
    window.addEventListener('message', (event) => w.previewMessages.push(event.data))
  })
  await page.evaluate((src) => {
    const frame = document.createElement('iframe')
    frame.id = 'preview'
    frame.src = src
    document.body.append(frame)
  }, `/nl/${slugs.draft.nl}?preview=1`)
  const frame = page.frameLocator('#preview')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Draft heading nl')
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { previewMessages: unknown[] }).previewMessages))
    .toContainEqual({ type: 'payload-live-preview', ready: true })

  // Autosave writes a new draft, then the admin tells the frame.
  const stored = await withCms((cms) => cms.find('pages', ids.draft))
  await withCms((cms) => cms.update('pages', ids.draft, { layout: withIds(stored.layout, hero('Autosaved heading nl')), _status: 'draft' }, { draft: true }))
  await page.evaluate(() => {
    const target = (document.getElementById('preview') as HTMLIFrameElement).contentWindow
    target?.postMessage({ type: 'payload-document-event', operation: 'update' }, window.location.origin)
  })
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Autosaved heading nl')
  expect(problems).toEqual([])
})

test('a message from another window does not reload the preview', async ({ page, context, problems }) => {
  await signInBrowser(context)
  await page.goto(`/nl/${slugs.draft.nl}?preview=1`)
  // Not framed: the page announces nothing and ignores messages it posts to itself.
  await page.evaluate(() => {
    ;(window as unknown as { marker: boolean }).marker = true
    window.postMessage({ type: 'payload-document-event' }, window.location.origin)
  })
  await page.waitForTimeout(800)
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true)
  expect(problems).toEqual([])
})
