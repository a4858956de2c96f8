import { expect, type Page } from '@playwright/test'

/** Registers one person through a webinar's page as a visitor does (Dutch page, the ALTCHA widget solving). */
export const registerOnWebinarPage = async ({ page, slug, name, email }: { page: Page; slug: string; name: string; email: string }): Promise<void> => {
  await page.goto(`/nl/webinars/${slug}`)
  await page.getByLabel('Naam').fill(name)
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Beroep').selectOption('psychologist')
  await page.waitForFunction(() => customElements.get('altcha-widget') !== undefined)
  await page.getByRole('button', { name: /Inschrijven|Op de wachtlijst/ }).click()
  await expect(page).toHaveURL(new RegExp(`/nl/webinars/${slug}\\?sent=1$`))
  await expect(page.getByRole('heading', { name: 'Bekijk je mailbox' })).toBeVisible()
}
