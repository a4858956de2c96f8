import { expect, test } from './fixtures'

const homes = [
  { locale: 'nl', heading: 'Veilige video- en chatconsultaties voor therapeuten, coaches en psychologen', skip: 'Naar de inhoud' },
  { locale: 'fr', heading: 'Des consultations vidéo et chat sécurisées pour thérapeutes, coachs et psychologues', skip: 'Aller au contenu' },
  { locale: 'en', heading: 'Secure video and chat consultations for therapists, coaches and psychologists', skip: 'Skip to content' },
] as const

for (const home of homes) {
  test(`the ${home.locale} home page shows myPlugin's offer`, async ({ page, problems }) => {
    const response = await page.goto(`/${home.locale}/`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', home.locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(home.heading)
    await expect(page.getByRole('link', { name: home.skip })).toBeAttached()
    await expect(page.locator(`link[rel="alternate"][hreflang="${home.locale}"]`)).toHaveCount(1)
    await expect(page.getByRole('contentinfo')).toContainText('Leopoldsburg')
    expect(problems).toEqual([])
  })
}

test('the language switcher keeps the visitor on the same page', async ({ page, problems }) => {
  await page.goto('/nl/')
  await page.getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(/\/fr\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/$/)
  expect(problems).toEqual([])
})

test('"/" follows the browser language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'fr-BE', baseURL })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/fr\/$/)
  await context.close()
})

test('an unknown page gets a localised 404', async ({ page, problems }) => {
  const response = await page.goto('/en/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  // The browser logs the 404 status of the document itself; that one is expected.
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('404')))
})

test('the site works without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto('/nl/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/$/)
  await context.close()
})
