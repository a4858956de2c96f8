import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { APIRequestContext, Page } from '@playwright/test'

import { expect, test } from './fixtures'
import { signIn, unique } from './site-cms'

type OutboxMessage = { to: string; subject: string; text: string; idempotencyKey: string; headers?: Record<string, string> | null }

/** The newest outbox message to this address whose idempotency key starts with `kind` (read as admin via the API). */
const mailTo = async ({ request, token, to, kind }: { request: APIRequestContext; token: string; to: string; kind: string }): Promise<OutboxMessage> => {
  let found: OutboxMessage | undefined
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/outbox-messages?where[to][equals]=${encodeURIComponent(to)}&sort=-createdAt&depth=0&limit=20`, { headers: { Authorization: `JWT ${token}` } })
        const docs = ((await res.json()) as { docs: OutboxMessage[] }).docs
        found = docs.find((d) => d.idempotencyKey.startsWith(kind))
        return Boolean(found)
      },
      { timeout: 20_000, message: `a ${kind} mail to ${to} in the outbox` },
    )
    .toBe(true)
  return found as OutboxMessage
}
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const axe = async (page: Page, what: string) => {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze()
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([])
}
/** Personal pages reached during the flow (by their signed link), validated as HTML in the last test. */
const personalPages: string[] = []

const linkIn = (text: string, path: string) => {
  const match = new RegExp(`https?://[^\\s]+/${path}\\?token=[A-Za-z0-9_.%-]+`).exec(text)
  if (!match) throw new Error(`no ${path} link in the mail`)
  return new URL(match[0])
}

test('subscribe (ALTCHA solved by the widget) → opt-in mail → confirm → preference change → one-click unsubscribe', async ({ page, request, problems }) => {
  const email = `e2e-${unique()}@example.com`
  const token = await signIn({ request })

  await page.goto('/en/newsletter')
  await axe(page, 'sign-up form')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('First name').fill('Robin')
  await page.getByLabel('Webinars').check()
  await page.getByLabel(/Yes, send me the newsletters/).check()
  // The widget loads on the form's first focus; a person takes longer to fill the form than that, the test may not.
  await page.waitForFunction(() => customElements.get('altcha-widget') !== undefined)
  const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/en/newsletter'))
  await page.getByRole('button', { name: 'Subscribe' }).click()
  expect((await posted).postData() ?? '').toMatch(/(^|&)altcha=[^&]{20,}/)
  await expect(page).toHaveURL(/\/en\/newsletter\?sent=1$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox')

  const optIn = await mailTo({ request, token, to: email, kind: 'newsletter-opt-in:' })
  expect(optIn.subject).toBe('Confirm your subscription to the myPlugin newsletter')
  const confirmUrl = linkIn(optIn.text, 'en/newsletter/confirm')
  await page.goto(`${confirmUrl.pathname}${confirmUrl.search}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your subscription')
  await axe(page, 'confirm page')
  personalPages.push(`${confirmUrl.pathname}${confirmUrl.search}`)
  await page.getByRole('button', { name: 'Yes, confirm my subscription' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your subscription is confirmed')

  const welcome = await mailTo({ request, token, to: email, kind: 'welcome:' })
  const preferencesUrl = linkIn(welcome.text, 'en/preferences')
  await page.goto(`${preferencesUrl.pathname}${preferencesUrl.search}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My preferences')
  await expect(page.locator('[data-prefs-status]')).toHaveText('Active')
  await expect(page.getByLabel('Webinars')).toBeChecked()
  await expect(page.getByRole('heading', { name: 'Your privacy rights' })).toBeVisible()
  await expect(page.getByRole('table')).toContainText('given')
  await axe(page, 'preference center')
  personalPages.push(`${preferencesUrl.pathname}${preferencesUrl.search}`)
  const prefsResponse = await request.get(`${preferencesUrl.pathname}${preferencesUrl.search}`)
  expect(prefsResponse.headers()['cache-control']).toBe('no-store')
  expect(prefsResponse.headers()['x-robots-tag']).toBe('noindex')
  await page.getByLabel('Webinars').uncheck()
  // Ads on Facebook and Instagram: never ticked for the person; ticking it is a consent of its own in the history.
  await expect(page.getByLabel(/relevant myPlugin ads on Facebook and Instagram/)).not.toBeChecked()
  await page.getByLabel(/relevant myPlugin ads on Facebook and Instagram/).check()
  await page.getByLabel('Language of the mails').selectOption('fr')
  await page.getByRole('button', { name: 'Save my preferences' }).click()
  await expect(page).toHaveURL(/\/fr\/preferences\?token=.*done=saved/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes préférences')
  await expect(page.getByLabel('Webinaires')).not.toBeChecked()
  await expect(page.getByLabel('Newsletter', { exact: true })).toBeChecked()
  await expect(page.getByLabel(/publicités pertinentes de myPlugin sur Facebook et Instagram/)).toBeChecked()
  await expect(page.locator('tbody tr')).toHaveCount(3)

  // The welcome mail is marketing: its List-Unsubscribe URL takes an RFC 8058 one-click POST.
  const header = welcome.headers?.['List-Unsubscribe'] ?? ''
  const oneClick = /<(https?:\/\/[^>]+)>/.exec(header)?.[1]
  expect(oneClick).toBeTruthy()
  const unsubscribe = await request.post(oneClick as string, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'List-Unsubscribe=One-Click' })
  expect(unsubscribe.status()).toBeLessThan(300)
  await page.reload()
  await expect(page.locator('[data-prefs-status]')).toHaveText('Désinscrit')
  await expect(page.locator('tbody tr')).toHaveCount(4)
  // The one-click unsubscribe refused everything (`*`): the ads consent is withdrawn with it.
  await expect(page.getByLabel(/publicités pertinentes de myPlugin sur Facebook et Instagram/)).not.toBeChecked()
  expect(problems).toEqual([])
})

test('subscribe without JavaScript: the signed form stamp stands in for the proof-of-work', async ({ browser, request, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  const email = `nojs-${unique()}@example.com`
  await page.goto('/nl/newsletter?mp_c=abc')
  await expect(page.locator('input[name="mp_c"]')).toHaveValue('abc')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel(/Ja, stuur me de gekozen nieuwsbrieven/).check()
  // A person takes a few seconds; a form posted faster than that is asked again.
  await page.waitForTimeout(3_200)
  await page.getByRole('button', { name: 'Inschrijven' }).click()
  await expect(page).toHaveURL(/\/nl\/newsletter\?sent=1$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kijk in je mailbox')
  const token = await signIn({ request })
  const optIn = await mailTo({ request, token, to: email, kind: 'newsletter-opt-in:' })
  expect(optIn.subject).toBe('Bevestig je inschrijving op de nieuwsbrief van myPlugin')
  await context.close()
})

test('a malformed address keeps the values and says what to fix, in the page language', async ({ page }) => {
  await page.goto('/fr/newsletter')
  await page.getByLabel('Adresse e-mail').fill('pas-une-adresse@')
  await page.getByLabel('Prénom').fill('Camille')
  await page.getByLabel(/Oui, envoyez-moi les newsletters/).check()
  await page.evaluate(() => document.querySelector('form.newsletter-form')?.setAttribute('novalidate', ''))
  await page.getByRole('button', { name: 'S’inscrire' }).click()
  await expect(page.getByRole('alert')).toContainText('Indiquez une adresse e-mail valide')
  await expect(page.getByLabel('Prénom')).toHaveValue('Camille')
  await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true')
})

test('the newsletter pages are valid HTML (W3C Nu checker) in every state', async ({ request, baseURL }) => {
  test.setTimeout(120_000)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsletter-html-'))
  const save = async (name: string, res: { text: () => Promise<string> }) => fs.writeFileSync(path.join(dir, `${name}.html`), await res.text())
  const urls = {
    form: '/nl/newsletter?mp_c=12',
    sent: '/en/newsletter?sent=1',
    linkForm: '/fr/preferences',
    forgedConfirm: '/nl/newsletter/confirm?token=forged.token',
    forgedPreferences: '/en/preferences?token=forged.token',
    ...Object.fromEntries(personalPages.map((p, i) => [`personal-${i}`, p])),
  }
  for (const [name, url] of Object.entries(urls)) await save(name, await request.get(url))
  const forged = await request.get(urls.forgedConfirm)
  expect(forged.status()).toBe(400)
  const invalid = await request.post('/fr/newsletter', { headers: { Origin: baseURL ?? '' }, form: { email: 'x@mailinator.com', name: 'Camille', lists: 'newsletter', consent: 'yes' } })
  expect(invalid.status()).toBe(400)
  await save('invalid', invalid)
  const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
  const output = await new Promise<string>((resolve) => execFile('java', ['-jar', jar, '--errors-only', '--skip-non-html', dir], (_error, stdout, stderr) => resolve(`${stdout}${stderr}`.trim())))
  fs.rmSync(dir, { recursive: true, force: true })
  expect(output).toBe('')
})

test('over HTTP a known and an unknown address get the very same answer', async ({ request, baseURL }) => {
  const stamp = async () => /name="stamp" value="([^"]+)"/.exec(await (await request.get('/nl/newsletter')).text())?.[1] ?? ''
  const stamps = [await stamp(), await stamp(), await stamp()]
  await new Promise((r) => setTimeout(r, 3_200))
  const known = `known-${unique()}@example.com`
  const post = (email: string, s: string) =>
    request.post('/nl/newsletter', { headers: { Origin: baseURL ?? '' }, form: { email, lists: 'newsletter', consent: 'yes', locale: 'nl', stamp: s }, maxRedirects: 0 })
  const first = await post(known, stamps[0] as string)
  const again = await post(known, stamps[1] as string)
  const unknown = await post(`unknown-${unique()}@example.com`, stamps[2] as string)
  const answer = async (r: typeof first) => ({ status: r.status(), location: r.headers()['location'], body: await r.text() })
  expect(await answer(first)).toEqual({ status: 303, location: '/nl/newsletter?sent=1', body: '' })
  expect(await answer(again)).toEqual(await answer(unknown))
  expect(await answer(again)).toEqual(await answer(first))
  // A stamp is good for one sign-up: posting it again only shows the form once more.
  expect((await post(`replay-${unique()}@example.com`, stamps[2] as string)).status()).toBe(200)
})
