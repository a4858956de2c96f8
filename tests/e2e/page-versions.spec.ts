import { type APIRequestContext, request as playwrightRequest } from '@playwright/test'

import { expect, test } from './fixtures'
import { signInToAdmin } from './sign-in-to-admin'
import { createCms, createLocalisedPage, type Locale, signIn, unique } from './site-cms'

/**
 * Two promises of the pages collection, through the real admin in Chromium: an earlier version restored in Payload's
 * versions view is what visitors see again, and the "not yet translated" warning names the languages a page lacks
 * and goes once they are filled in.
 */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
test.use({ viewport: { width: 1440, height: 900 } })

const withApi = async <T>(run: (request: APIRequestContext) => Promise<T>): Promise<T> => {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    return await run(request)
  } finally {
    await request.dispose()
  }
}
const withCms = <T>(run: (cms: ReturnType<typeof createCms>, token: string) => Promise<T>) =>
  withApi(async (request) => {
    const token = await signIn({ request })
    return run(createCms({ request, token }), token)
  })
const siteHeading = (path: string) => withApi(async (request) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await (await request.get(path)).text())?.[1]?.trim())

const hero = (heading: string) => [{ blockType: 'hero', heading }]

test('restoring an earlier version in the versions view brings its content back to the site', async ({ page, problems }) => {
  const slugs: Record<Locale, string> = { nl: `herstel-${u}`, fr: `restaurer-${u}`, en: `restore-${u}` }
  const oldHeading = `Eerste versie ${u}`
  const newHeading = `Tweede versie ${u}`
  const { id, versionId } = await withCms(async (cms, token) => {
    const created = await createLocalisedPage({ cms, content: (l) => ({ title: `Herstel ${l} ${u}`, slug: slugs[l], layout: hero(l === 'nl' ? oldHeading : `${oldHeading} ${l}`) }) })
    // The version to go back to: the latest published one with the first heading.
    const res = await cms.find('pages', created.id)
    const versions = await withApi(async (request) => {
      const r = await request.get(`/api/pages/versions?where[parent][equals]=${created.id}&where[version._status][equals]=published&sort=-updatedAt&depth=0&limit=1`, {
        headers: { Authorization: `JWT ${token}` },
      })
      return ((await r.json()) as { docs: { id: string }[] }).docs
    })
    const layout = (res.layout as { id: string }[]).map((block) => ({ ...block, heading: newHeading }))
    await cms.update('pages', created.id, { layout, _status: 'published' })
    return { id: created.id, versionId: versions[0]?.id }
  })
  expect(versionId).toBeTruthy()
  const path = `/nl/${slugs.nl}`
  expect(await siteHeading(path)).toBe(newHeading)

  await signInToAdmin({ page })
  await page.goto(`/admin/collections/pages/${id}/versions`)
  // The versions list links each version by its date; the earlier one is ours.
  await page.locator(`a[href$="/versions/${versionId}"]`).first().click()
  await expect(page).toHaveURL(new RegExp(`/versions/${versionId}`))
  await page.getByRole('button', { name: /^Restore/ }).first().click()
  const confirm = page.getByRole('dialog').filter({ hasText: 'Confirm Version Restoration' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText(/restored successfully/i)).toBeVisible({ timeout: 20_000 })

  // Visitors see the first heading again (the render cache was emptied by the restore).
  await expect.poll(() => siteHeading(path), { timeout: 15_000 }).toBe(oldHeading)
  expect(problems).toEqual([])
})

test('the missing-translation warning names the languages a page lacks and goes when they are filled in', async ({ page, problems }) => {
  const { id } = await withCms((cms) => cms.create('pages', { title: `Alleen Nederlands ${u}`, slug: `alleen-nl-${u}`, layout: [], _status: 'published' }))
  await signInToAdmin({ page })
  // A read-only sidebar field, shown only while something is missing.
  const warning = page.locator('#field-missingTranslations')

  await page.goto(`/admin/collections/pages/${id}?locale=nl`)
  await expect(warning).toHaveValue('Not yet translated: FR, EN (visitors see the Dutch text)')

  // French filled in through the admin's own form in that locale: only English is missing.
  for (const [locale, label, title] of [
    ['fr', 'Français', `Seulement en néerlandais ${u}`],
    ['en', 'English', `Dutch only ${u}`],
  ] as const) {
    await page.goto(`/admin/collections/pages/${id}?locale=${locale}`)
    const field = page.getByRole('textbox', { name: new RegExp(`^Title \\* — ${label}$`) })
    await field.fill(title)
    // Autosave keeps the draft; wait until it is stored, then read the document again.
    await expect
      .poll(async () => (await withCms((cms) => cms.find('pages', id, { locale }))).title, { timeout: 15_000 })
      .toBe(title)
    await page.reload()
    if (locale === 'fr') await expect(warning).toHaveValue('Not yet translated: EN (visitors see the Dutch text)')
  }
  await expect(page.getByRole('textbox', { name: /^Title \* — English$/ })).toHaveValue(`Dutch only ${u}`)
  await expect(warning).toHaveCount(0)
  expect(problems).toEqual([])
})
