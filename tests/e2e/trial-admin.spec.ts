import fs from 'node:fs'

import type { APIRequestContext, Page } from '@playwright/test'

import { expect as baseExpect, test } from './fixtures'
import { signInToAdmin } from './sign-in-to-admin'
import { createCms, signIn, unique } from './site-cms'

// The machine running the suite may be busy (the ALTCHA proof of work, the admin's first renders): each step gets
// time enough, so only a real failure fails.
const expect = baseExpect.configure({ timeout: 20_000 })

type Funnel = { rows: { label: string; signups: number; verified: number }[]; total: { signups: number }; deadLetters: { failed: number; provisioning: number } }

/** Requests a trial on the Dutch trial page as a visitor coming from `from` (the ALTCHA widget solving). */
const requestTrial = async ({ page, from, firstName, lastName, email }: { page: Page; from: string; firstName: string; lastName: string; email: string }) => {
  await page.goto('/nl/trial', { referer: from })
  await page.getByLabel('Voornaam').fill(firstName)
  await page.getByLabel('Achternaam').fill(lastName)
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Beroep').selectOption('psychologist')
  await page.getByLabel('Land', { exact: true }).selectOption('BE')
  await page.getByRole('checkbox', { name: /voorwaarden/i }).check()
  await page.waitForFunction(() => customElements.get('altcha-widget') !== undefined)
  await page.getByRole('button', { name: 'Try-out aanvragen' }).click()
  await expect(page).toHaveURL(/\/nl\/trial\?sent=1$/)
}

/** The trial of an address, found as the admin finds it: the contact by address (its keyed hash), then its trial. */
const trialOf = async ({ request, token, email }: { request: APIRequestContext; token: string; email: string }) => {
  const headers = { Authorization: `JWT ${token}` }
  const contacts = (await (await request.get(`/api/contacts?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers })).json()) as { docs: { id: number }[] }
  const contact = contacts.docs[0]
  if (!contact) throw new Error(`no contact for ${email}`)
  const trials = (await (await request.get(`/api/trials?where[contact][equals]=${contact.id}&depth=0`, { headers })).json()) as { docs: { id: number; status: string; provisioningError?: string | null }[] }
  const trial = trials.docs[0]
  if (!trial) throw new Error(`no trial for ${email}`)
  return trial
}

test('a marketer sees the trials funnel per source, downloads the trials for Excel and retries a failed trial from its edit view', async ({ page, request, baseURL, problems }) => {
  test.setTimeout(180_000)
  const token = await signIn({ request })
  const cms = createCms({ request, token })
  const id = unique()
  const marketer = { email: `trial-marketer-${id}@example.com`, password: `Trial-funnel-Horse-${id}-Battery` }
  await cms.create('users', { ...marketer, roles: ['marketer'] })
  const title = `Try-out webinar ${id}`
  const slug = `trial-webinar-${id}`
  await cms.create('webinars', { title, slug, start: new Date(Date.now() + 5 * 24 * 3_600_000).toISOString(), durationMinutes: 30, language: 'nl', capacity: 10, joinUrl: 'https://meet.example.com/trial-room', _status: 'published' })

  // Two people come from the webinar's page; one of them the application refuses (set as the job would leave it).
  const refused = { firstName: 'Ria', lastName: `Geweigerd ${id}`, email: `trial-refused-${id}@example.com` }
  const accepted = { firstName: 'Tom', lastName: `Wachter ${id}`, email: `trial-waiting-${id}@example.com` }
  for (const person of [refused, accepted]) await requestTrial({ page, from: `${baseURL}/nl/webinars/${slug}`, ...person })
  const failed = await trialOf({ request, token, email: refused.email })
  await cms.update('trials', failed.id, { status: 'failed', verifiedAt: new Date().toISOString(), provisioningError: 'rejected: the application refused this account' })

  // The funnel, as the marketer sees it above the trials list.
  await signInToAdmin({ page, ...marketer })
  await page.goto('/admin/collections/trials')
  const panel = page.getByRole('region', { name: 'Trials funnel' })
  const table = panel.getByRole('table', { name: /Trials per source and stage/ })
  const webinarRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) })
  await expect(webinarRow.getByRole('cell')).toHaveText(['2', '1 (50%)', '0 (0%)', '0 (0%)'])
  await expect(panel.getByRole('img', { name: 'Trials funnel per source' })).toBeVisible()
  const api = (await (await request.get('/api/trials/funnel?range=all', { headers: { Authorization: `JWT ${token}` } })).json()) as Funnel
  await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'All sources' }) }).getByRole('cell').first()).toHaveText(String(api.total.signups))
  await expect(panel.getByRole('link', { name: `Failed trials: ${api.deadLetters.failed}` })).toHaveAttribute('href', '/admin/collections/trials?where[status][equals]=failed')

  // A period: the pressed button and the download follow it.
  const recent = panel.getByRole('button', { name: 'Last 30 days' })
  await recent.click()
  await expect(recent).toHaveAttribute('aria-pressed', 'true')
  await expect(webinarRow.getByRole('cell').first()).toHaveText('2')
  const download = panel.getByRole('link', { name: 'Download CSV (Excel)' })
  await expect(download).toHaveAttribute('href', '/api/trials/export.csv?range=30d')

  // The CSV, as the marketer gets it: a click, the browser's session cookie, a file for Excel with names and addresses.
  const downloading = page.waitForEvent('download')
  await download.click()
  const file = await downloading
  expect(file.suggestedFilename()).toMatch(/^trials-\d{4}-\d{2}-\d{2}\.csv$/)
  const text = fs.readFileSync(String(await file.path()), 'utf8')
  expect(text.startsWith('\uFEFF"created (Brussels time)";"status";"source"')).toBe(true)
  expect(text).toContain(`"failed";"webinar";"";"${title}";"/nl/webinars/${slug}"`)
  expect(text).toContain(`"Ria Geweigerd ${id}";"${refused.email}"`)
  expect(text).toContain(`"Tom Wachter ${id}";"${accepted.email}"`)

  // The dead letter: its edit view offers the retry; a double click posts once; the answer is announced.
  const posts: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/api/trials/${failed.id}/retry-provisioning`)) posts.push(r.url())
  })
  await page.goto(`/admin/collections/trials/${failed.id}`)
  const retry = page.getByRole('button', { name: 'Retry provisioning' })
  await expect(retry).toBeEnabled()
  await retry.dblclick()
  await expect(page.getByRole('status').filter({ hasText: 'Queued again' })).toContainText('the trial is back in provisioning')
  // No second retry is offered: "Queued" while it waits, or no button once the job (the local stand-in answers at
  // once under npm start) has opened the account.
  await expect(page.getByRole('button', { name: 'Retry provisioning' })).toHaveCount(0)
  expect(posts).toHaveLength(1)
  const retried = await trialOf({ request, token, email: refused.email })
  expect(['provisioning', 'active']).toContain(retried.status)
  expect(retried.provisioningError ?? null).toBeNull()
  // The form shows the new status (refreshed), so a later Save cannot put "failed" back.
  await expect(page.locator('#field-status')).toContainText(/provisioning|active/)

  // A trial still awaiting verification is no dead letter: no retry on its edit view.
  const waiting = await trialOf({ request, token, email: accepted.email })
  expect(waiting.status).toBe('awaiting-verification')
  await page.goto(`/admin/collections/trials/${waiting.id}`)
  await expect(page.locator('#field-status')).toContainText('awaiting-verification')
  await expect(page.getByRole('button', { name: 'Retry provisioning' })).toHaveCount(0)
  expect(problems).toEqual([])
})
