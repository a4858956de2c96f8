import type { Page } from '@playwright/test'

import { defaultFreeTextNotice } from '../../cms/forms/default-free-text-notice'
import { expect as baseExpect, test } from './fixtures'
import { takeProblems, trackRequests, watchProblems } from './forms-watch'
import { signInToAdmin } from './sign-in-to-admin'
import { createCms, type Locale, signIn, unique } from './site-cms'

/**
 * Issue #17's contact form, end to end in Chromium: a marketer builds the form in the admin (the health-data guard
 * refuses to publish it without its notice), translates it, places it on a page with the Form block and publishes
 * both; a visitor fills it in in French (a bad answer first, then a free text naming a client and a diagnosis); the
 * team is told by mail without any answer; the marketer sees the submission flagged and purges its free text.
 */

// The machine running the suite may be busy (the admin's first renders, the ALTCHA proof of work).
const expect = baseExpect.configure({ timeout: 20_000 })

type Submission = {
  id: number
  locale: string
  answers: Record<string, unknown>
  freeText: Record<string, string> | null
  flagged: boolean
  flaggedTerms: string[] | null
  purgedAt: string | null
}
type OutboxMessage = { to: string; subject: string; text: string; html: string; idempotencyKey: string }

/** What the guard (cms/forms/guard-free-text.ts) says on the field when the notice is missing. */
const noticeMissing = 'A form with a free-text field shows the notice never to share information about clients or their health: write it before publishing.'

// Wide enough for the admin's forms and drawers.
test.use({ viewport: { width: 1440, height: 900 } })

const u = unique()
const copy = {
  nl: { formTitle: `Contact ${u}`, email: 'E-mailadres', name: 'Naam', message: 'Je bericht', pageTitle: `Contact ${u}`, slug: `contact-${u}` },
  fr: { formTitle: `Contactez-nous ${u}`, email: 'Adresse e-mail', name: 'Nom', message: 'Votre message', pageTitle: `Contactez-nous ${u}`, slug: `contactez-nous-${u}` },
} satisfies Record<Extract<Locale, 'nl' | 'fr'>, Record<string, string>>
const teamAddress = `forms-team-${u}@example.com`
const visitor = { email: `forms-visitor-${u}@example.com`, name: `Camille Lefèvre ${u}` }
// "mon client" and "dépression" are on the French health list (cms/forms/default-health-terms.ts).
const freeText = `Bonjour, mon client souffre de dépression depuis des mois : puis-je le suivre en ligne ? (${u})`

/** The admin's locale switcher (the form's values of that locale load afterwards). */
const switchLocale = async (page: Page, label: string, code: Locale) => {
  await page.getByRole('button', { name: 'Locale' }).click()
  await page.getByRole('button', { name: `${label} (${code})` }).click()
  await expect(page.getByRole('button', { name: 'Locale' })).toContainText(label)
  await expect(page).toHaveURL(new RegExp(`locale=${code}`))
}

/**
 * Payload renders a section's fields only once it scrolls into view: the Privacy section sits below the form's
 * fields, so it is brought into view as a person scrolls down to it.
 */
const scrollToPrivacy = async (page: Page) => {
  await page.locator('.collapsible-field .row-label').filter({ hasText: /^Privacy$/ }).scrollIntoViewIfNeeded()
  await expect(page.locator('#field-freeTextNotice')).toBeVisible()
}

test('a marketer builds, guards, translates and places a contact form; a French visitor sends it; the team is told without the answers; the free text is purged', async ({
  page,
  request,
  browser,
  baseURL,
  problems,
}) => {
  test.setTimeout(240_000)
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
  const adminToken = await signIn({ request })
  const cms = createCms({ request, token: adminToken })
  const marketer = { email: `forms-marketer-${u}@example.com`, password: `Forms-contact-Horse-${u}-Battery` }
  // Admins grant roles; the marketer then works alone, in the admin and (for the checks) with their own session.
  await cms.create('users', { ...marketer, name: 'Margot Marketeer', roles: ['marketer'] })
  const login = await request.post('/api/users/login', { data: marketer })
  expect(login.ok(), await login.text()).toBe(true)
  const marketerToken = ((await login.json()) as { token: string }).token
  const asMarketer = async <T>(path: string): Promise<T> => {
    const res = await request.get(path, { headers: { Authorization: `JWT ${marketerToken}` } })
    expect(res.ok(), `${path} → ${res.status()}`).toBe(true)
    return (await res.json()) as T
  }
  /** For polls: a dropped connection (the busy server closing an idle one) is one more try, not a failure. */
  const tolerant =
    <T>(read: () => Promise<T>) =>
    async (): Promise<T | string> => {
      try {
        return await read()
      } catch (error) {
        return `not read: ${String(error)}`
      }
    }
  const publishedVersions = async (formId: number) =>
    (await asMarketer<{ totalDocs: number }>(`/api/forms/versions?where[parent][equals]=${formId}&where[version._status][equals]=published&depth=0&limit=1`)).totalDocs

  // 1. The marketer builds the form in the admin: title, purpose, an address, a name and a free-text message.
  await test.step('the marketer builds a contact form in the admin', async () => {
    await signInToAdmin({ page, ...marketer })
    await page.goto('/admin/collections/forms')
    await page.getByRole('link', { name: /create new/i }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/forms\/create/)
    const fields = [
      { block: 'E-mail', name: 'email', label: copy.nl.email },
      { block: 'Short text', name: 'naam', label: copy.nl.name },
      { block: 'Long text', name: 'bericht', label: copy.nl.message },
    ]
    // The rows first: a new row's fields load from the server, and a change elsewhere meanwhile can leave it unloaded.
    // (Each row loaded before the next is added, and nothing typed until all are.)
    for (const [i, field] of fields.entries()) {
      await page.getByRole('button', { name: 'Add Field' }).click()
      const drawer = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'Add Field' }) })
      await drawer.getByRole('button', { name: field.block, exact: true }).click()
      await expect(drawer).toBeHidden()
      await expect(page.locator(`#field-fields__${i}__name`)).toBeVisible()
    }
    for (const [i, field] of fields.entries()) {
      await page.locator(`#field-fields__${i}__name`).fill(field.name)
      await page.locator(`#field-fields__${i}__label`).fill(field.label)
      await page.locator(`#field-fields__${i}__required`).check()
    }
    await page.locator('#field-title').fill(copy.nl.formTitle)
    await page.locator('#field-purpose').click()
    await page.getByRole('option', { name: 'contact', exact: true }).click()
    await expect(page.locator('#field-purpose')).toContainText('contact')
    await page.locator('#field-teamAddress').fill(teamAddress)
    // The privacy settings come filled in: 90 days, and the Dutch notice.
    await scrollToPrivacy(page)
    await expect(page.locator('#field-retentionDays')).toHaveValue('90')
    await expect(page.locator('#field-freeTextNotice')).toHaveValue(defaultFreeTextNotice.nl)
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/forms\/\d+/)
  })
  const formId = Number(/\/forms\/(\d+)/.exec(page.url())?.[1])
  expect(formId).toBeGreaterThan(0)

  await test.step('the health-data guard refuses to publish the form without its notice', async () => {
    await scrollToPrivacy(page)
    const requests = trackRequests(page)
    await page.locator('#field-freeTextNotice').fill('')
    await requests.settled()
    requests.stop()
    await page.getByRole('button', { name: 'Publish changes' }).click()
    // The guard's reason, on the field, in the admin.
    await expect(page.getByText(noticeMissing)).toBeVisible()
    await expect(page.getByText(/The following field is invalid: freeTextNotice/)).toBeVisible()
    // Nothing was published: no published version, and the public cannot read the form.
    expect(await publishedVersions(formId)).toBe(0)
    expect((await request.get(`/api/forms/${formId}?depth=0`)).status()).toBe(404)
    const draft = await asMarketer<{ _status: string; freeTextNotice: string | null }>(`/api/forms/${formId}?draft=true&depth=0&locale=nl`)
    expect(draft._status).toBe('draft')
    expect(draft.freeTextNotice).toBe(defaultFreeTextNotice.nl)
    // The browser logs the refused save (400): provoked on purpose.
    await expect.poll(() => problems.some((p) => /status of 400/.test(p))).toBe(true)
    expect(takeProblems({ problems, pattern: /status of 400 \(Bad Request\)/ })).toHaveLength(1)
  })

  await test.step('with its notice the form is published, then translated into French', async () => {
    await page.locator('#field-freeTextNotice').fill(defaultFreeTextNotice.nl)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect.poll(tolerant(() => publishedVersions(formId))).toBeGreaterThan(0)
    await expect(page.getByText(noticeMissing)).toHaveCount(0)

    await switchLocale(page, 'Français', 'fr')
    await expect(page.locator('#field-title')).toHaveValue('')
    await page.locator('#field-title').fill(copy.fr.formTitle)
    await page.locator('#field-fields__0__label').fill(copy.fr.email)
    await page.locator('#field-fields__1__label').fill(copy.fr.name)
    await page.locator('#field-fields__2__label').fill(copy.fr.message)
    // The French notice is offered as it stands in French.
    await scrollToPrivacy(page)
    await expect(page.locator('#field-freeTextNotice')).toHaveValue(defaultFreeTextNotice.fr)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    // The public reads the published French form, without its routing (the team address).
    await expect
      .poll(
        tolerant(async () => {
          const res = await request.get(`/api/forms/${formId}?locale=fr&depth=0`)
          return res.ok() ? ((await res.json()) as { title: string }).title : res.status()
        }),
      )
      .toBe(copy.fr.formTitle)
    const published = (await (await request.get(`/api/forms/${formId}?locale=fr&depth=0`)).json()) as Record<string, unknown>
    expect(published).toMatchObject({ purpose: 'contact', _status: 'published', retentionDays: 90, freeTextNotice: defaultFreeTextNotice.fr })
    expect(published.teamAddress).toBeUndefined()
    const stored = await asMarketer<{ teamAddress: string; fields: { blockType: string; name: string; required: boolean; label: string }[] }>(`/api/forms/${formId}?locale=fr&depth=0`)
    expect(stored.teamAddress).toBe(teamAddress)
    expect(stored.fields.map((f) => [f.blockType, f.name, f.required, f.label])).toEqual([
      ['email', 'email', true, copy.fr.email],
      ['text', 'naam', true, copy.fr.name],
      ['textarea', 'bericht', true, copy.fr.message],
    ])
  })

  // 2. The form goes on a page, with the Form block, in Dutch and French.
  await test.step('the marketer places the form on a page and publishes it', async () => {
    // Back to Dutch (the admin keeps the last locale chosen), the site's default language.
    await page.goto('/admin/collections/pages?locale=nl')
    await page.getByRole('link', { name: /create new/i }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/pages\/\d+/, { timeout: 30_000 })
    await expect(page.getByRole('button', { name: 'Locale' })).toContainText('Nederlands')
    const pageId = Number(/\/pages\/(\d+)/.exec(page.url())?.[1])
    await page.getByRole('button', { name: 'Add Layout' }).click()
    const drawer = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'Add Layout' }) })
    await drawer.getByRole('button', { name: 'Form', exact: true }).click()
    await expect(drawer).toBeHidden()
    await page.locator('#field-layout__0__form').click()
    await page.keyboard.type(copy.nl.formTitle)
    await page.getByRole('option', { name: copy.nl.formTitle, exact: true }).click()
    await page.locator('#field-title').fill(copy.nl.pageTitle)
    await page.locator('#field-slug').fill(copy.nl.slug)
    // Autosave keeps the draft before the locale changes.
    const draftSlug = (locale: Locale) =>
      tolerant(async () => (await asMarketer<{ slug?: string }>(`/api/pages/${pageId}?draft=true&locale=${locale}&fallback-locale=none&depth=0`)).slug)
    await expect.poll(draftSlug('nl')).toBe(copy.nl.slug)
    await switchLocale(page, 'Français', 'fr')
    await page.locator('#field-title').fill(copy.fr.pageTitle)
    await page.locator('#field-slug').fill(copy.fr.slug)
    await expect.poll(draftSlug('fr')).toBe(copy.fr.slug)
    // Autosave done (nothing running for a moment), as a person would see "Saving…" go before publishing.
    const requests = trackRequests(page)
    await requests.settled()
    requests.stop()
    await page.getByRole('button', { name: 'Publish changes' }).click()
    for (const path of [`/nl/${copy.nl.slug}`, `/fr/${copy.fr.slug}`]) {
      await expect.poll(tolerant(async () => (await request.get(path)).status()), { timeout: 30_000, intervals: [500] }).toBe(200)
    }
    const stored = await asMarketer<{ _status: string; layout: { blockType: string; form: number }[] }>(`/api/pages/${pageId}?depth=0&locale=fr`)
    expect(stored._status).toBe('published')
    expect(stored.layout).toMatchObject([{ blockType: 'formBlock', form: formId }])
  })

  // 3. A visitor, in their own browser, on the French page.
  const visitorContext = await browser.newContext({ baseURL })
  const visit = await visitorContext.newPage()
  await watchProblems({ page: visit, origin, problems })
  const submissions = () => asMarketer<{ docs: Submission[] }>(`/api/form-submissions?where[form][equals]=${formId}&depth=0&sort=createdAt`)
  const section = visit.getByRole('region', { name: copy.fr.formTitle })

  /** The form on the French page, filled in (ALTCHA's widget loaded, so it solves its proof of work on sending). */
  const fillIn = async ({ name }: { name: string }) => {
    await visit.goto(`/fr/${copy.fr.slug}`)
    await expect(visit.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(section.getByRole('heading', { name: copy.fr.formTitle })).toBeVisible()
    await expect(section.locator('[data-free-text-notice]')).toHaveText(defaultFreeTextNotice.fr)
    await section.getByLabel(copy.fr.email).fill(visitor.email)
    await section.getByLabel(copy.fr.name).fill(name)
    await section.getByLabel(copy.fr.message).fill(freeText)
    await visit.waitForFunction(() => customElements.get('altcha-widget') !== undefined)
  }

  await test.step('a missing answer is refused in French and nothing is stored', async () => {
    // Only spaces: the browser's own check lets it through (it is not empty), the server's does not.
    await fillIn({ name: '   ' })
    await section.getByRole('button', { name: 'Envoyer' }).click()
    await expect(visit).toHaveURL(new RegExp(`/fr/forms/${formId}$`))
    const errors = visit.getByRole('alert').filter({ has: visit.getByRole('heading', { name: 'Vérifiez vos réponses' }) })
    await expect(errors.getByRole('link')).toHaveText([`${copy.fr.name}: Veuillez remplir ce champ.`])
    const name = visit.getByLabel(copy.fr.name)
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toHaveAccessibleDescription('Veuillez remplir ce champ.')
    // What was typed is offered again, nothing is kept.
    await expect(visit.getByLabel(copy.fr.email)).toHaveValue(visitor.email)
    expect((await submissions()).docs).toEqual([])
    // The browser logs the page's 400 answer: provoked on purpose.
    expect(takeProblems({ problems, pattern: /status of 400/ })).toHaveLength(1)
  })

  await test.step('the visitor sends the form and sees the French confirmation', async () => {
    await fillIn({ name: visitor.name })
    const posted = visit.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/fr/forms/${formId}`))
    await section.getByRole('button', { name: 'Envoyer' }).click()
    expect((await posted).postData() ?? '').toMatch(/(^|&)altcha=[^&]{20,}/)
    await expect(visit).toHaveURL(new RegExp(`/fr/forms/${formId}\\?sent=1$`))
    await expect(visit.getByRole('heading', { level: 1 })).toHaveText('Merci')
    await expect(visit.getByRole('status')).toHaveText('Nous avons bien reçu votre réponse.')
  })
  await visitorContext.close()

  // The stored answer: the free text apart, screened and flagged.
  const [submission] = (await submissions()).docs
  if (!submission) throw new Error('no submission stored')
  expect((await submissions()).docs).toHaveLength(1)
  expect(submission).toMatchObject({ locale: 'fr', answers: { email: visitor.email }, freeText: { naam: visitor.name, bericht: freeText }, flagged: true, purgedAt: null })
  expect(submission.flaggedTerms).toEqual(['mon client', 'dépression'])
  const adminLink = `${origin}/admin/collections/form-submissions/${submission.id}`

  // 4. The team's notification: a link to the answer, never the answers themselves.
  await test.step('the team is notified without the answers', async () => {
    let mail: OutboxMessage | undefined
    await expect
      .poll(
        tolerant(async () => {
          const res = await request.get(`/api/outbox-messages?where[to][equals]=${encodeURIComponent(teamAddress)}&sort=-createdAt&depth=0&limit=20`, {
            headers: { Authorization: `JWT ${adminToken}` },
          })
          mail = ((await res.json()) as { docs: OutboxMessage[] }).docs.find((d) => d.idempotencyKey === `form-notification:${submission.id}`)
          return mail !== undefined
        }),
        { message: `the form notification to ${teamAddress} in the outbox` },
      )
      .toBe(true)
    if (!mail) throw new Error('no notification')
    expect(mail.to).toBe(teamAddress)
    expect(mail.subject).toContain(copy.fr.formTitle)
    expect(mail.text).toContain(adminLink)
    expect(mail.html).toContain(`href="${adminLink}"`)
    // The screen's warning, without the terms it found.
    expect(mail.text).toContain('de vrije tekst noemt woorden over gezondheid of cliënten')
    for (const part of [mail.subject, mail.text, mail.html]) {
      for (const secret of [freeText, 'dépression', 'mon client', visitor.name, visitor.email]) expect(part).not.toContain(secret)
    }
  })

  // 5. The marketer reviews the flagged answer in the admin and purges its free text.
  await test.step('the marketer sees the flagged submission and purges its free text', async () => {
    // The link in the team's mail.
    await page.goto(new URL(adminLink).pathname)
    await expect(page.locator('#field-flagged')).toBeChecked()
    const terms = page.locator('.field-type.text').filter({ hasText: 'Flagged Terms' })
    await expect(terms).toContainText('mon client')
    await expect(terms).toContainText('dépression')
    const text = page.getByRole('group', { name: 'Free Text' })
    await expect(text).toContainText(freeText)
    await expect(text).toContainText(visitor.name)
    await expect(page.getByRole('group', { name: 'Answers' })).toContainText(visitor.email)

    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Purge free text' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'The free text is deleted.' })).toBeVisible()
    // The view is refreshed: the text is gone there too, and no second purge is offered.
    await expect(text).not.toContainText(freeText)
    await expect(text).not.toContainText(visitor.name)
    await expect(page.getByRole('button', { name: 'Purge free text' })).toHaveCount(0)
    await expect(page.getByRole('group', { name: 'Answers' })).toContainText(visitor.email)

    const purged = await asMarketer<Submission>(`/api/form-submissions/${submission.id}?depth=0`)
    expect(purged.freeText ?? null).toBeNull()
    expect(purged.purgedAt).toBeTruthy()
    expect(purged.flaggedTerms ?? []).toEqual([])
    expect(purged).toMatchObject({ flagged: true, answers: { email: visitor.email } })
    // Reopened later, the answer shows no free text and its purge date.
    await page.goto(`/admin/collections/form-submissions/${submission.id}`)
    await expect(page.getByRole('group', { name: 'Free Text' })).toContainText('—')
    await expect(page.getByRole('group', { name: 'Free Text' })).not.toContainText(freeText)
    await expect(page.getByRole('button', { name: 'Purge free text' })).toHaveCount(0)
  })
  expect(problems).toEqual([])
})
