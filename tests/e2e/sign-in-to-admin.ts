import { expect, type Page } from '@playwright/test'

import { e2eAdmin } from '../../playwright.config'

/** Signs in through the admin's own login form (the seeded admin unless told otherwise). */
export const signInToAdmin = async ({ page, email = e2eAdmin.email, password = e2eAdmin.password }: { page: Page; email?: string; password?: string }): Promise<void> => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/password/i).fill(password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}
