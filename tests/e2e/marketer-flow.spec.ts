import { type APIRequestContext, type Page, request as playwrightRequest } from '@playwright/test'

import { expect, test } from './fixtures'
import { pickScheduleTime } from './pick-schedule-time'
import { type Locale, signIn, unique } from './site-cms'

/**
 * Issue #3's "done when", driven through the admin UI as a marketer would: sign in, build a page from blocks with
 * the "Add Layout" drawer, watch the typed text appear in the live preview (the real Astro page), let autosave keep a
 * draft, schedule its publication in Payload's schedule drawer and see the job runner publish it, translate it with
 * the locale switcher, publish, and find it on the site in three languages and in the sitemap.
 */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
const marketer = { email: `marketer-${u}@example.com`, password: `marketer-password-${u}` }
const copy: Record<Locale, { label: string; title: string; slug: string; hero: string; body: string; faqHeading: string; question: string; answer: string }> = {
  nl: {
    label: 'Nederlands',
    title: `Voorjaarsactie ${u}`,
    slug: `voorjaarsactie-${u}`,
    hero: `Consulteer veilig online ${u}`,
    body: 'Video en chat in één omgeving.',
    faqHeading: 'Veelgestelde vragen',
    question: 'Kan ik gratis proberen?',
    answer: 'Ja, dertig dagen zonder kaart.',
  },
  fr: {
    label: 'Français',
    title: `Action de printemps ${u}`,
    slug: `action-printemps-${u}`,
    hero: `Consultez en ligne en toute sécurité ${u}`,
    body: 'Vidéo et chat dans un seul espace.',
    faqHeading: 'Questions fréquentes',
    question: 'Puis-je essayer gratuitement ?',
    answer: 'Oui, trente jours sans carte.',
  },
  en: {
    label: 'English',
    title: `Spring offer ${u}`,
    slug: `spring-offer-${u}`,
    hero: `Consult safely online ${u}`,
    body: 'Video and chat in one place.',
    faqHeading: 'Frequently asked questions',
    question: 'Can I try it for free?',
    answer: 'Yes, thirty days, no card needed.',
  },
}
// Wide enough for the admin's navigation and the live preview beside the form.
test.use({ viewport: { width: 1440, height: 900 } })

const sitePath = (l: Locale) => `/${l}/${copy[l].slug}`

let adminToken = ''
const withApi = async <T>(run: (request: APIRequestContext) => Promise<T>): Promise<T> => {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    return await run(request)
  } finally {
    await request.dispose()
  }
}
const adminGet = (path: string) =>
  withApi(async (request) => {
    const res = await request.get(path, { headers: { Authorization: `JWT ${adminToken}` } })
    expect(res.ok(), `${path} → ${res.status()}`).toBe(true)
    return (await res.json()) as Record<string, unknown>
  })
const publicStatus = (path: string) => withApi(async (request) => (await request.get(path)).status())

test.beforeAll(async () => {
  await withApi(async (request) => {
    adminToken = await signIn({ request })
    // Admins grant roles; the marketer then works alone.
    const res = await request.post('/api/users', {
      headers: { Authorization: `JWT ${adminToken}` },
      data: { ...marketer, name: 'Marta Marketeer', roles: ['marketer'] },
    })
    expect(res.ok(), await res.text()).toBe(true)
  })
})

/** The texts of one language, typed into the form as it stands in that locale (the block rows exist already). */
const fillLocale = async (page: Page, l: Locale) => {
  const c = copy[l]
  await page.getByRole('textbox', { name: new RegExp(`^Title \\* — ${c.label}$`) }).fill(c.title)
  await page.getByRole('textbox', { name: new RegExp(`^Slug \\* — ${c.label}$`) }).fill(c.slug)
  await page.getByRole('textbox', { name: new RegExp(`^Heading \\* — ${c.label}$`) }).fill(c.hero)
  const richText = page.locator('[data-lexical-editor="true"]')
  await richText.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(c.body)
  await page.getByRole('textbox', { name: new RegExp(`^Heading — ${c.label}$`) }).fill(c.faqHeading)
  await page.getByRole('textbox', { name: new RegExp(`^Question \\* — ${c.label}$`) }).fill(c.question)
  await page.getByRole('textbox', { name: new RegExp(`^Answer \\* — ${c.label}$`) }).fill(c.answer)
}

const switchLocale = async (page: Page, l: Locale) => {
  await page.getByRole('button', { name: 'Locale' }).click()
  await page.getByRole('button', { name: `${copy[l].label} (${l})` }).click()
  await expect(page.getByRole('button', { name: 'Locale' })).toContainText(copy[l].label)
  await expect(page).toHaveURL(new RegExp(`locale=${l}`))
}

/** Autosave has caught up: the admin says nothing is being saved and the stored draft has the text. */
const draftHas = async ({ id, locale, hero }: { id: number; locale: Locale; hero: string }) =>
  expect
    .poll(async () => JSON.stringify((await adminGet(`/api/pages/${id}?draft=true&locale=${locale}&fallback-locale=none&depth=0`)).layout ?? []), {
      timeout: 15_000,
    })
    .toContain(hero)

test('a marketer builds a page from blocks, previews it live, schedules it, translates it and publishes it in nl/fr/en', async ({ page, problems }) => {
  // The schedule drawer takes whole minutes, so up to a minute of this is waiting for the scheduled time.
  test.setTimeout(150_000)

  // Sign in to the admin as the marketer.
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(marketer.email)
  await page.getByLabel(/password/i).fill(marketer.password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })

  // A new page (autosave creates its draft at once).
  await page.goto('/admin/collections/pages')
  await page.getByRole('link', { name: /create new/i }).first().click()
  // Client-side navigation (no load event): poll the address.
  await expect(page).toHaveURL(/\/admin\/collections\/pages\/\d+/, { timeout: 30_000 })
  const id = Number(/\/pages\/(\d+)/.exec(page.url())?.[1])
  expect(id).toBeGreaterThan(0)

  // Blocks from the "Add Layout" drawer: hero, rich text, FAQ (with one question).
  for (const block of ['Hero', 'Rich Text', 'Faq']) {
    await page.getByRole('button', { name: 'Add Layout' }).click()
    const drawer = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'Add Layout' }) })
    await drawer.getByRole('button', { name: block, exact: true }).click()
    await expect(drawer).toBeHidden()
  }
  await page.getByRole('button', { name: 'Add Item' }).click()
  await fillLocale(page, 'nl')
  // Autosave keeps the draft; the admin derives the preview's address (the slug) from the saved document.
  await draftHas({ id, locale: 'nl', hero: copy.nl.hero })

  // Live preview: the real Astro page in the admin's frame shows what was typed, and follows further typing.
  await page.getByRole('button', { name: 'Live Preview' }).click()
  const preview = page.frameLocator('iframe')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(copy.nl.hero, { timeout: 20_000 })
  await expect(preview.getByText(copy.nl.body)).toBeVisible()
  await expect(preview.getByText(copy.nl.question)).toBeVisible()
  copy.nl.hero = `${copy.nl.hero} vandaag`
  await page.getByRole('textbox', { name: /^Heading \* — Nederlands$/ }).fill(copy.nl.hero)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(copy.nl.hero, { timeout: 20_000 })
  await page.getByRole('button', { name: 'Live Preview' }).click()

  // A draft: saved (autosave), invisible to visitors.
  await draftHas({ id, locale: 'nl', hero: copy.nl.hero })
  expect((await adminGet(`/api/pages/${id}?draft=true&depth=0`))._status).toBe('draft')
  expect(await publicStatus(sitePath('nl'))).toBe(404)

  // Schedule publication in Payload's drawer. Its picker takes whole minutes: the next one at least 10 s away.
  const { at, typed } = await pickScheduleTime({ page })
  // The chevron beside "Publish changes" has no accessible name: Payload's id for its popup is the handle.
  await page.locator('#action-save-popup').getByRole('button').click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const schedule = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: /^Schedule publish for/ }) })
  await expect(schedule.getByRole('radio', { name: 'Publish', exact: true })).toBeChecked()
  const time = schedule.locator('#time input')
  await time.fill(typed)
  await time.press('Enter')
  await schedule.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/scheduled successfully/i)).toBeVisible()
  await expect(schedule.getByRole('row')).toHaveCount(2)
  await schedule.getByRole('button', { name: 'Close' }).last().click()
  await expect(schedule).toBeHidden()
  const jobs = await adminGet(`/api/payload-jobs?where[taskSlug][equals]=schedulePublish&where[input.doc.value][equals]=${id}&depth=0`)
  const job = (jobs.docs as { id: number; waitUntil: string; input: { type: string } }[])[0]
  expect(job?.input.type).toBe('publish')
  expect(new Date(job?.waitUntil ?? 0).toISOString()).toBe(at.toISOString())

  // Meanwhile, the translations, with the admin's locale switcher.
  for (const l of ['fr', 'en'] as const) {
    await switchLocale(page, l)
    await fillLocale(page, l)
    await draftHas({ id, locale: l, hero: copy[l].hero })
  }

  // The job runner publishes the page when its time comes (not before).
  await expect.poll(() => publicStatus(sitePath('nl')), { timeout: Math.max(0, at.getTime() - Date.now()) + 20_000, intervals: [500] }).toBe(200)
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  const done = await adminGet(`/api/payload-jobs/${job?.id}?depth=0`)
  expect(done.completedAt).toBeTruthy()
  expect(done.hasError).toBeFalsy()

  // Publish every language.
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()
  // "Updated successfully" is also what an autosave says: wait for the publish itself to reach the site in every
  // language (on a loaded machine the page was opened before the save had committed).
  for (const l of ['nl', 'fr', 'en'] as const) {
    await expect.poll(() => publicStatus(sitePath(l)), { timeout: 20_000, intervals: [250] }).toBe(200)
  }

  // On the site, in three languages, and in the sitemap.
  for (const l of ['nl', 'fr', 'en'] as const) {
    await page.goto(sitePath(l))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(copy[l].hero)
    await expect(page.getByText(copy[l].body)).toBeVisible()
    await expect(page.getByRole('heading', { name: copy[l].faqHeading })).toBeVisible()
    await expect(page.getByText(copy[l].question)).toBeVisible()
    await expect(page).toHaveTitle(new RegExp(copy[l].title))
    await expect(page.locator('html')).toHaveAttribute('lang', l)
  }
  const sitemap = await withApi(async (request) => (await request.get('/sitemap.xml')).text())
  for (const l of ['nl', 'fr', 'en'] as const) expect(sitemap).toContain(`<loc>${baseURL}${sitePath(l)}</loc>`)
  expect(problems).toEqual([])
})
