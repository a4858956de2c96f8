import type { Page } from '@playwright/test'

import { totpCode } from '../two-factor/totp-code'
import { expect, test } from './fixtures'
import { signIn, unique } from './site-cms'

// A user of its own: the seeded admin signs in without a code in every other test (optional outside production).
const u = unique()
const marketer = { email: `two-factor-${u}@example.com`, password: `two-factor-password-${u}` }

test.beforeAll(async ({ request }) => {
  const adminToken = await signIn({ request })
  const res = await request.post('/api/users', { headers: { Authorization: `JWT ${adminToken}` }, data: { ...marketer, roles: ['marketer'] } })
  expect(res.ok(), await res.text()).toBe(true)
})

const signInWithPassword = async (page: Page) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(marketer.email)
  await page.getByLabel(/password/i).fill(marketer.password)
  await page.getByRole('button', { name: /login/i }).click()
}

test('a marketer sets up two-factor sign-in with the QR code page, then needs a code to sign in', async ({ page, problems }) => {
  await signInWithPassword(page)
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
  // The navigation offers the page (its drawer is closed at this viewport: go there directly).
  await expect(page.getByRole('link', { name: 'Two-factor sign-in' })).toHaveAttribute('href', '/admin/two-factor')
  await page.goto('/admin/two-factor')
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click()
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' }).locator('svg')).toBeVisible()
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? ''
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)

  // (Refused codes are the integration test's: a 403 in the browser is a console error the fixture counts.)
  // The previous step's code (inside the window) leaves the current one for the sign-in below.
  await page.getByLabel('Code from the app').fill(totpCode({ secret, stepOffset: -1 }))
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10)
  await page.getByRole('link', { name: /go to the admin/ }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  await page.goto('/admin/logout')
  await expect(page).toHaveURL(/\/admin\/login/, { timeout: 30_000 })
  await signInWithPassword(page)
  await expect(page).toHaveURL(/\/admin\/two-factor$/, { timeout: 30_000 })
  await page.goto('/admin/collections/pages')
  await expect(page).toHaveURL(/\/admin\/two-factor$/)
  await page.getByLabel('Code', { exact: true }).fill(totpCode({ secret }))
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
  await page.goto('/admin/collections/pages')
  await expect(page).toHaveURL(/\/admin\/collections\/pages/)
  expect(problems).toEqual([])
})
