import fs from 'node:fs'

import { expect, test } from './fixtures'
import { registerOnWebinarPage } from './register-on-webinar-page'
import { signInToAdmin } from './sign-in-to-admin'
import { createCms, signIn, unique } from './site-cms'

test("a marketer sees a webinar's registrations on its edit view and downloads them for Excel", async ({ page, request, problems }) => {
  test.setTimeout(90_000)
  const token = await signIn({ request })
  const cms = createCms({ request, token })
  const slug = `admin-webinar-${unique()}`
  const webinar = await cms.create('webinars', {
    title: 'Webinar in de admin',
    slug,
    start: new Date(Date.now() + 6 * 24 * 3_600_000).toISOString(),
    durationMinutes: 30,
    language: 'nl',
    capacity: 1,
    joinUrl: 'https://meet.example.com/admin-room',
    _status: 'published',
  })
  const seat = `seat-${unique()}@example.com`
  const waiting = `waiting-${unique()}@example.com`
  await registerOnWebinarPage({ page, slug, name: 'Zit Plaats', email: seat })
  await registerOnWebinarPage({ page, slug, name: 'Wacht Lijst', email: waiting })

  await signInToAdmin({ page })
  await page.goto(`/admin/collections/webinars/${webinar.id}`)
  const panel = page.getByRole('region', { name: 'Registrations' })
  const count = (label: string) => panel.locator('dl > div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd')
  await expect(count('Confirmed')).toHaveText('1')
  await expect(count('Waitlisted')).toHaveText('1')
  await expect(count('Cancelled')).toHaveText('0')

  const link = panel.getByRole('link', { name: 'Download CSV (Excel)' })
  await expect(link).toHaveAttribute('href', `/api/webinars/${webinar.id}/registrations-export`)
  // As a marketer gets it: a click, the browser's session cookie, a download.
  const downloading = page.waitForEvent('download')
  await link.click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  const text = fs.readFileSync(String(await download.path()), 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  expect(text).toContain(seat)
  expect(text).toContain(waiting)
  expect(problems).toEqual([])
})
