import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, request as playwrightRequest, type Page } from '@playwright/test'

import { e2eAdmin } from '../../playwright.config'
import { expect, test } from './fixtures'
import { createCms, type Locale, locales, signIn, unique } from './site-cms'

/**
 * A marketer writes a campaign in the admin (three languages), mails a test to themself, sends it to a list of
 * confirmed subscribers and watches the progress bar fill and the statistics appear: the controls at the top of the
 * campaign against the real campaign engine and its job runner.
 */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
const listName = `Campaign list ${u}`
const recipients = 3
let listId: number

test.beforeAll(async () => {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    const cms = createCms({ request, token: await signIn({ request }) })
    const list = await cms.create('newsletter-lists', { name: listName, key: `campaign-${u}`, visibility: 'private' })
    listId = list.id
    for (let i = 0; i < recipients; i++) {
      await cms.create('contacts', {
        email: `campaign-${u}-${i}@example.com`,
        locale: locales[i % locales.length],
        status: 'active',
        source: 'admin',
        subscriptions: [{ list: list.id, status: 'confirmed' }],
      })
    }
  } finally {
    await request.dispose()
  }
})

const signInToAdmin = async ({ page }: { page: Page }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(e2eAdmin.email)
  await page.getByLabel(/password/i).fill(e2eAdmin.password)
  await page.getByRole('button', { name: /login|log in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}

/** A draft campaign written through the REST API, in the given languages only. */
const createDraft = async ({ request, versions, list = listId }: { request: APIRequestContext; versions: Locale[]; list?: number }): Promise<{ id: number; token: string }> => {
  const token = await signIn({ request })
  const cms = createCms({ request, token })
  const version = (locale: Locale) => ({ subject: `API subject ${locale} ${u}`, content: [{ blockType: 'paragraph', text: `API text ${locale}` }] })
  const [first, ...others] = versions
  const created = await cms.create('campaigns', { name: `API campaign ${unique()}`, lists: [list], languages: [...locales], ...(first === 'nl' ? version('nl') : {}) })
  for (const locale of first === 'nl' ? others : versions) await cms.update('campaigns', created.id, version(locale), { locale })
  return { id: created.id, token }
}

/** One language version: its subject and one paragraph block, then saved. */
const writeVersion = async ({ page, locale }: { page: Page; locale: Locale }) => {
  // The block first: its fields load from the server, and typing elsewhere meanwhile can leave the row unloaded.
  await page.getByRole('button', { name: /add content/i }).click()
  await page.getByRole('button', { name: 'Paragraph' }).click()
  await page.locator('#field-content__0__text').fill(`Hello in ${locale} (${u})`)
  await page.locator('#field-subject').fill(`Subject ${locale} ${u}`)
  const save = page.getByRole('button', { name: 'Save', exact: true })
  await save.click()
  // Saved: the form is clean again and the document has an id.
  await expect(save).toBeDisabled({ timeout: 15_000 })
  await expect(page).toHaveURL(/\/admin\/collections\/campaigns\/\d+/)
}

test('a campaign is written, tested, sent and measured from its edit view', async ({ page, problems }) => {
  test.setTimeout(180_000)
  await signInToAdmin({ page })

  await page.goto('/admin/collections/campaigns/create')
  await expect(page.locator('#field-name')).toBeVisible({ timeout: 30_000 })
  // No id yet: nothing to send, so no controls.
  await expect(page.getByRole('region', { name: 'Sending' })).toHaveCount(0)
  await page.locator('#field-name').fill(`Campaign ${u}`)
  await page.locator('#field-lists').click()
  await page.keyboard.type(listName)
  await page.getByRole('option', { name: listName }).click()
  await writeVersion({ page, locale: 'nl' })
  await expect(page).toHaveURL(/\/admin\/collections\/campaigns\/\d+/)
  const editUrl = page.url().split('?')[0] as string

  for (const locale of ['fr', 'en'] as const) {
    await page.goto(`${editUrl}?locale=${locale}`)
    await expect(page.locator('#field-subject')).toHaveValue('')
    await writeVersion({ page, locale })
  }

  await page.goto(editUrl)
  const controls = page.getByRole('region', { name: 'Sending' })
  await expect(controls).toBeVisible()
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Draft')

  await controls.getByRole('button', { name: 'Send test to me' }).click()
  await expect(controls.getByRole('status')).toHaveText(`Test sent to ${e2eAdmin.email} (NL, FR, EN): check your inbox.`)

  // A time in the past is refused before anything is posted.
  await controls.getByRole('button', { name: 'Schedule…' }).click()
  await controls.getByLabel(/send at/i).fill('2020-01-01T09:00')
  await controls.getByRole('button', { name: 'Schedule', exact: true }).click()
  await expect(controls.getByText('That time has passed: choose a time in the future.')).toBeVisible()
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Draft')

  await controls.getByRole('button', { name: 'Send now' }).click()
  const dialog = page.getByRole('dialog').filter({ hasText: `Send to ${recipients} recipients now?` })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: `Send to ${recipients} recipients` }).click()

  const bar = controls.locator('progress')
  await expect(bar).toBeVisible()
  await expect(bar).toHaveAttribute('data-percent', '100', { timeout: 60_000 })
  await expect(controls.getByText(`${recipients} of ${recipients} sent · 0 skipped · 0 failed`)).toBeVisible()
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Sent', { timeout: 30_000 })
  // Finished: no action left to take.
  await expect(controls.getByRole('group', { name: 'Campaign actions' })).toHaveCount(0)

  const stats = controls.getByRole('region', { name: 'Statistics' })
  await expect(stats).toBeVisible()
  for (const label of ['Delivered', 'Opened', 'Clicked', 'Bounced', 'Marked as spam', 'Unsubscribed', 'Conversions']) {
    await expect(stats.locator('dt', { hasText: label })).toBeVisible()
  }
  await expect(stats).toContainText(`Statistics · ${recipients} sent`)
  await expect(stats).toContainText('counted per person only for subscribers who agreed')
  expect(problems).toEqual([])
})

test('double clicks post once, and the server\'s refusals are shown in the live region', async ({ page, request, problems }) => {
  test.setTimeout(120_000)
  // No French or English version: the server refuses to schedule it, whatever the browser thinks.
  const { id } = await createDraft({ request, versions: ['nl'] })
  await signInToAdmin({ page })

  const posted: string[] = []
  // Slow answers, so a second click lands while the first request is still running.
  await page.route(`**/api/campaigns/${id}/test-send`, async (route) => {
    posted.push('test-send')
    await new Promise((r) => setTimeout(r, 800))
    await route.fulfill({ json: { sentTo: e2eAdmin.email, locales: ['nl'] } })
  })
  await page.route(`**/api/campaigns/${id}/recipients`, (route) => route.fulfill({ json: { count: 2 } }))
  await page.route(`**/api/campaigns/${id}/send`, async (route) => {
    posted.push('send')
    await new Promise((r) => setTimeout(r, 800))
    await route.fulfill({ status: 409, json: { error: 'This campaign is already being sent.' } })
  })

  await page.goto(`/admin/collections/campaigns/${id}`)
  const controls = page.getByRole('region', { name: 'Sending' })
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Draft')

  const testButton = controls.getByRole('button', { name: 'Send test to me' })
  await testButton.dblclick()
  await expect(testButton).toBeDisabled()
  await expect(controls.getByRole('status')).toContainText(`Test sent to ${e2eAdmin.email} (NL)`)
  await expect(testButton).toBeEnabled()

  await controls.getByRole('button', { name: 'Send now' }).click()
  const dialog = page.getByRole('dialog').filter({ hasText: 'Send to 2 recipients now?' })
  await dialog.getByRole('button', { name: 'Send to 2 recipients' }).dblclick()
  await expect(controls.getByRole('alert')).toHaveText('Not done: This campaign is already being sent.')
  expect(posted).toEqual(['test-send', 'send'])

  // The real server's answer: a language version is empty.
  await controls.getByRole('button', { name: 'Schedule…' }).click()
  const tomorrow = new Date(Date.now() + 86_400_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  await controls.getByLabel(/send at/i).fill(`${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T09:00`)
  await controls.getByLabel(/send at/i).press('Enter')
  await expect(controls.getByRole('alert')).toContainText(/Not done: The French version is empty/)
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Draft')
  // Enter scheduled instead of saving the document.
  await expect(page).toHaveURL(new RegExp(`/admin/collections/campaigns/${id}$`))
  // The browser logs every refused request; these two were meant to be refused.
  const expected = [/status of 409 \(Conflict\)/, /status of 400 \(Bad Request\)/]
  expect(problems.filter((p) => expected.some((e) => e.test(p)))).toHaveLength(2)
  problems.splice(0, problems.length, ...problems.filter((p) => !expected.some((e) => e.test(p))))
  expect(problems).toEqual([])
})

test('statistics: cards with rates against sent, and a per-day chart with its data table', async ({ page, request, problems }) => {
  test.setTimeout(120_000)
  const { id, token } = await createDraft({ request, versions: ['nl', 'fr', 'en'] })
  const started = await request.post(`/api/campaigns/${id}/send`, { headers: { Authorization: `JWT ${token}` }, data: {} })
  expect(started.status()).toBe(200)
  await signInToAdmin({ page })
  // Webhook-fed events take a provider; their figures are given here, the page draws them.
  await page.route(`**/api/campaigns/${id}/stats`, (route) =>
    route.fulfill({
      json: {
        sent: 4,
        totals: { delivered: 4, opened: 2, clicked: 1, bounced: 0, complained: 0, unsubscribed: 1, converted: 1 },
        series: [
          { day: '2026-11-28', type: 'delivered', count: 4 },
          { day: '2026-11-28', type: 'opened', count: 1 },
          { day: '2026-11-30', type: 'opened', count: 1 },
          { day: '2026-11-30', type: 'clicked', count: 1 },
          { day: '2026-11-30', type: 'unsubscribed', count: 1 },
          { day: '2026-11-30', type: 'converted', count: 1 },
        ],
      },
    }),
  )
  await page.goto(`/admin/collections/campaigns/${id}`)
  const stats = page.getByRole('region', { name: 'Statistics' })
  await expect(stats).toContainText('Statistics · 4 sent')
  const card = (label: string) => stats.locator('dl > div').filter({ has: page.locator('dt', { hasText: label }) })
  await expect(card('Opened')).toContainText('2')
  await expect(card('Opened')).toContainText('50.0 % of sent')
  await expect(card('Conversions')).toContainText('25.0 % of sent')
  const chart = stats.getByRole('img', { name: /Campaign events per day/ })
  await expect(chart).toBeVisible()
  await expect(chart).toHaveAccessibleDescription(/From 2026-11-28 to 2026-11-30 \(UTC\): 4 delivered, 2 opened, 1 clicked/)
  const table = stats.getByRole('table', { name: /Events per day/ })
  // Quiet days are drawn (flat) but left out of the table.
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByRole('row', { name: /2026-11-30/ })).toContainText('1')
  // The controls themselves (Payload's own admin is not ours to audit here).
  const axe = await new AxeBuilder({ page }).include('section[aria-labelledby]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  expect(problems).toEqual([])
})

test('schedule and unschedule; a paused campaign resumes to the end, another is cancelled', async ({ page, request, problems }) => {
  test.setTimeout(240_000)
  await signInToAdmin({ page })

  const draft = await createDraft({ request, versions: ['nl', 'fr', 'en'] })
  await page.goto(`/admin/collections/campaigns/${draft.id}`)
  const controls = page.getByRole('region', { name: 'Sending' })
  await controls.getByRole('button', { name: 'Schedule…' }).click()
  const tomorrow = new Date(Date.now() + 86_400_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  await controls.getByLabel(/send at/i).fill(`${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T09:00`)
  await controls.getByRole('button', { name: 'Schedule', exact: true }).click()
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Scheduled')
  await expect(controls.getByRole('status')).toContainText('Scheduled for')
  await expect(controls.getByRole('button', { name: 'Send test to me' })).toHaveCount(0)
  await controls.getByRole('button', { name: 'Unschedule' }).click()
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Draft')
  await expect(controls.getByRole('button', { name: 'Send test to me' })).toBeVisible()

  // Paused through the API while it starts. The job runner is woken at once and the outbox is quick, so a pause
  // posted after the send's answer can come too late: pauses are posted from the moment the send is, and six
  // batches (five of 100, then 1) give them time to land between two, also on a busy machine.
  const cms = createCms({ request, token: await signIn({ request }) })
  const big = await cms.create('newsletter-lists', { name: `Big list ${u}`, key: `big-${u}`, visibility: 'private' })
  const emails = Array.from({ length: 501 }, (_, i) => `big-${u}-${i}@example.com`)
  for (let i = 0; i < emails.length; i += 25) {
    await Promise.all(
      emails.slice(i, i + 25).map((email) =>
        cms.create('contacts', { email, locale: 'en', status: 'active', source: 'admin', subscriptions: [{ list: big.id, status: 'confirmed' }] }),
      ),
    )
  }
  const pausedCampaign = async () => {
    const { id, token } = await createDraft({ request, versions: ['nl', 'fr', 'en'], list: big.id })
    const headers = { Authorization: `JWT ${token}` }
    const send = request.post(`/api/campaigns/${id}/send`, { headers, data: {} })
    let paused = false
    for (let attempt = 0; attempt < 100 && !paused; attempt++) {
      const answer = await request.post(`/api/campaigns/${id}/pause`, { headers, data: {} })
      paused = answer.ok()
      // Too late: it was all sent.
      if (!paused && /is sent/.test(await answer.text())) break
    }
    expect((await send).status()).toBe(200)
    return paused ? id : undefined
  }

  const toResume = await pausedCampaign()
  // Every test runs: a campaign that finished before any pause landed fails here rather than skipping the rest.
  expect(toResume, 'the campaign was paused before the runner finished it').toBeDefined()
  await page.goto(`/admin/collections/campaigns/${toResume}`)
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Paused')
  await expect(controls.locator('progress')).toBeVisible()
  await expect(controls.getByRole('button', { name: 'Pause' })).toHaveCount(0)
  await controls.getByRole('button', { name: 'Resume' }).click()
  await expect(controls.locator('progress')).toHaveAttribute('data-percent', '100', { timeout: 60_000 })
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Sent', { timeout: 30_000 })

  const toCancel = await pausedCampaign()
  expect(toCancel, 'the campaign was paused before the runner finished it').toBeDefined()
  await page.goto(`/admin/collections/campaigns/${toCancel}`)
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Paused')
  await controls.getByRole('button', { name: 'Cancel campaign' }).click()
  const dialog = page.getByRole('dialog').filter({ hasText: 'Cancel this campaign?' })
  await dialog.getByRole('button', { name: 'Cancel the campaign' }).click()
  await expect(controls.locator('[data-campaign-status]')).toHaveText('Cancelled')
  await expect(controls.getByRole('group', { name: 'Campaign actions' })).toHaveCount(0)
  expect(problems).toEqual([])
})
