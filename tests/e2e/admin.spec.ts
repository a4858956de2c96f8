import { e2eAdmin } from '../../playwright.config'
import { expect, test } from './fixtures'
import { createCms, signIn } from './site-cms'

test('the admin login page is served on the same port', async ({ page, problems }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await expect(page.getByLabel(/email/i)).toBeVisible()
  await expect(page.getByLabel(/password/i)).toBeVisible()
  expect(problems).toEqual([])
})

test('the seeded admin signs in and sees the collections', async ({ page, problems }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(e2eAdmin.email)
  await page.getByLabel(/password/i).fill(e2eAdmin.password)
  await page.getByRole('button', { name: /login|log in|inloggen/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
  await expect(page.getByRole('link', { name: /pages/i }).first()).toBeVisible()
  expect(problems).toEqual([])
})

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(e2eAdmin.email)
  await page.getByLabel(/password/i).fill('not-the-password')
  await page.getByRole('button', { name: /login|log in|inloggen/i }).click()
  await expect(page.getByText(/incorrect|invalid/i).first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('the consent dashboard shows the ledger check and the opt-in chart to admins', async ({ page, problems }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(e2eAdmin.email)
  await page.getByLabel(/password/i).fill(e2eAdmin.password)
  await page.getByRole('button', { name: /login|log in|inloggen/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
  await page.goto('/admin/consent')
  await expect(page.getByRole('heading', { level: 1, name: 'Consent' })).toBeVisible()
  await expect(page.getByText(/Ledger intact: \d+ records verified\./)).toBeVisible()
  await expect(page.getByRole('img', { name: /Opt-in rate per day/ })).toBeVisible()
  expect(problems).toEqual([])
})

test('the dashboard shows mail jobs waiting for a retry, with their error and a way to them', async ({ page, request, problems }) => {
  // A mail job that fails at once (its input names no message): the runner retries it later, with its error kept.
  const cms = createCms({ request, token: await signIn({ request }) })
  const job = await cms.create('payload-jobs', {
    taskSlug: 'sendMail',
    queue: 'default',
    input: { message: '' },
  })
  await expect
    .poll(async () => ((await (await request.get(`/api/payload-jobs/${job.id}?depth=0`, { headers: { Authorization: `JWT ${await signIn({ request })}` } })).json()) as { totalTried?: number }).totalTried ?? 0, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0)

  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(e2eAdmin.email)
  await page.getByLabel(/password/i).fill(e2eAdmin.password)
  await page.getByRole('button', { name: /login|log in|inloggen/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
  const panel = page.getByRole('region', { name: 'Mail delivery' })
  await expect(panel.getByRole('link', { name: /^Jobs waiting for a retry: [1-9]\d*$/ })).toBeVisible()
  await expect(panel.getByRole('link', { name: /^Failed mails: \d+$/ })).toHaveAttribute('href', '/admin/collections/mail-messages?where[status][equals]=failed')
  const line = panel.getByRole('list', { name: 'Jobs waiting for a retry, latest first' }).getByRole('listitem').filter({ hasText: `sendMail #${job.id}` })
  await expect(line).toContainText(/after \d+ attempts?, next at \d{4}-\d\d-\d\d \d\d:\d\d UTC: message: Too small/)

  await line.getByRole('link', { name: `sendMail #${job.id}` }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/payload-jobs/${job.id}$`))
  expect(problems).toEqual([])
})

test('the admin finds a person by e-mail address, stored encrypted, through the list search', async ({ page, request, problems }) => {
  const cms = createCms({ request, token: await signIn({ request }) })
  const stamp = Date.now().toString(36)
  const email = `search-${stamp}@example.com`
  await cms.create('contacts', { email, name: `Searchable ${stamp}`, locale: 'nl', status: 'active' })
  await cms.create('contacts', { email: `other-${stamp}@example.com`, name: `Other ${stamp}`, locale: 'nl', status: 'active' })

  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(e2eAdmin.email)
  await page.getByLabel(/password/i).fill(e2eAdmin.password)
  await page.getByRole('button', { name: /login|log in|inloggen/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
  await page.goto('/admin/collections/contacts')
  await expect(page.getByText(`other-${stamp}@example.com`)).toBeVisible()
  // Typed as people type it: another case, a stray space. The exact address is found; a fragment is not.
  await page.getByPlaceholder(/search/i).fill(` SEARCH-${stamp}@Example.com`)
  await expect(page.getByRole('link', { name: email })).toBeVisible()
  await expect(page.getByText(`other-${stamp}@example.com`)).toHaveCount(0)
  await expect(page.getByText(`Searchable ${stamp}`)).toBeVisible()
  expect(problems).toEqual([])
})
