import { request as playwrightRequest } from '@playwright/test'

import { expect, test } from './fixtures'
import { createCms, lexical, paragraph, signIn, text, unique } from './site-cms'

/**
 * A major policy version shows a site-wide notice during the period the marketer set: the same HTML for every
 * visitor (pages are cached whole), dismissed in the browser and remembered there.
 */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
const summary = { nl: `Samenvatting ${u}`, fr: `Résumé ${u}`, en: `Summary ${u}` }
let id: number

test.beforeAll(async () => {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    const cms = createCms({ request, token: await signIn({ request }) })
    const created = await cms.create('policy-versions', {
      kind: 'cookie',
      versionLabel: `major-${u}`,
      effectiveDate: new Date(Date.now() - 60_000).toISOString(),
      materiality: 'major',
      noticeDays: 30,
      changeSummary: summary.nl,
      content: lexical([paragraph(text(`Cookiebeleid ${u}`))]),
    })
    for (const l of ['fr', 'en'] as const) {
      await cms.update('policy-versions', created.id, { changeSummary: summary[l], content: lexical([paragraph(text(`Cookie policy ${l} ${u}`))]) }, { locale: l })
    }
    const published = await cms.update('policy-versions', created.id, { state: 'published' })
    expect(published.state).toBe('published')
    id = created.id
  } finally {
    await request.dispose()
  }
})

test('a major version shows a dismissible notice on every page, linking to it with its summary', async ({ page, request, problems }) => {
  await page.goto('/fr/')
  const notice = page.locator('[data-policy-notice]')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('Notre politique en matière de cookies a changé')
  await expect(notice).toContainText(summary.fr)
  await expect(notice.locator(`a[href="/fr/cookies/${id}"]`)).toBeVisible()

  // The same HTML for everyone: the notice is in the page as served, whatever the visitor dismissed.
  expect(await (await request.get('/en/')).text()).toContain(summary.en)

  await notice.getByRole('button', { name: 'Fermer' }).click()
  await expect(notice).toBeHidden()
  // Remembered in this browser, on other pages too.
  await page.goto(`/fr/cookies/${id}`)
  await expect(page.locator('h1')).toHaveText('Politique en matière de cookies')
  await expect(page.locator('.policy__summary')).toContainText(summary.fr)
  await expect(page.locator('[data-policy-notice]')).toBeHidden()
  expect(problems).toEqual([])
})
