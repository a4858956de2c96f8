import { e2eAdmin } from '../../playwright.config'
import { expect, test } from './fixtures'

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
