import { request as playwrightRequest } from '@playwright/test'

import { expect, test } from './fixtures'
import { pickScheduleTime } from './pick-schedule-time'
import { signInToAdmin } from './sign-in-to-admin'
import { createCms, createLocalisedPage, type Locale, signIn, unique } from './site-cms'

/**
 * A scheduled unpublish, run for real: a published page is scheduled to go offline in Payload's schedule drawer, the
 * server's job runner runs Payload's `schedulePublish` task when its minute comes, and the page leaves the site (404
 * in every language, cached copies included) and the sitemap.
 */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
const slugs: Record<Locale, string> = { nl: `tijdelijk-${u}`, fr: `temporaire-${u}`, en: `temporary-${u}` }
const sitePath = (l: Locale) => `/${l}/${slugs[l]}`
test.use({ viewport: { width: 1440, height: 900 } })

const withApi = async <T>(run: (request: import('@playwright/test').APIRequestContext) => Promise<T>): Promise<T> => {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    return await run(request)
  } finally {
    await request.dispose()
  }
}
const publicStatus = (path: string) => withApi(async (request) => (await request.get(path)).status())
const sitemap = () => withApi(async (request) => (await request.get('/sitemap.xml')).text())

test('a page scheduled to unpublish leaves the site and the sitemap when its time comes', async ({ page, problems }) => {
  // Up to a minute of this is waiting for the scheduled minute.
  test.setTimeout(150_000)
  const { id, token } = await withApi(async (request) => {
    const token = await signIn({ request })
    const created = await createLocalisedPage({ cms: createCms({ request, token }), content: (l) => ({ title: `Tijdelijk ${l} ${u}`, slug: slugs[l], layout: [] }) })
    return { id: created.id, token }
  })
  // Online, and cached: the unpublish has to reach visitors through the render cache too.
  for (const l of ['nl', 'fr', 'en'] as const) {
    expect(await publicStatus(sitePath(l)), sitePath(l)).toBe(200)
    expect(await publicStatus(sitePath(l)), sitePath(l)).toBe(200)
  }
  for (const l of ['nl', 'fr', 'en'] as const) expect(await sitemap()).toContain(`${sitePath(l)}</loc>`)

  await signInToAdmin({ page })
  await page.goto(`/admin/collections/pages/${id}`)
  const { at, typed } = await pickScheduleTime({ page })
  await page.locator('#action-save-popup').getByRole('button').click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const schedule = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: /^Schedule publish for/ }) })
  await schedule.getByRole('radio', { name: 'Unpublish', exact: true }).check()
  const time = schedule.locator('#time input')
  await time.fill(typed)
  await time.press('Enter')
  await schedule.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/scheduled successfully/i)).toBeVisible()
  await expect(schedule.getByRole('row')).toHaveCount(2)
  await schedule.getByRole('button', { name: 'Close' }).last().click()

  const jobs = await withApi(async (request) => {
    const res = await request.get(`/api/payload-jobs?where[taskSlug][equals]=schedulePublish&where[input.doc.value][equals]=${id}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    return ((await res.json()) as { docs: { id: number; waitUntil: string; input: { type: string } }[] }).docs
  })
  expect(jobs.map((j) => j.input.type)).toEqual(['unpublish'])
  expect(new Date(jobs[0]?.waitUntil ?? 0).toISOString()).toBe(at.toISOString())
  // Not before its time.
  if (at.getTime() - Date.now() > 3_000) expect(await publicStatus(sitePath('nl'))).toBe(200)

  // The job runner unpublishes it when the minute comes: gone in every language and from the sitemap.
  await expect.poll(() => publicStatus(sitePath('nl')), { timeout: Math.max(0, at.getTime() - Date.now()) + 30_000, intervals: [500] }).toBe(404)
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  for (const l of ['fr', 'en'] as const) expect(await publicStatus(sitePath(l)), sitePath(l)).toBe(404)
  const after = await sitemap()
  for (const l of ['nl', 'fr', 'en'] as const) expect(after).not.toContain(slugs[l])
  const done = await withApi(async (request) => (await (await request.get(`/api/payload-jobs/${jobs[0]?.id}?depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { completedAt?: string; hasError?: boolean })
  expect(done.completedAt).toBeTruthy()
  expect(done.hasError).toBeFalsy()
  expect(problems).toEqual([])
})
