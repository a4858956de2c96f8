import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { APIRequestContext, Page } from '@playwright/test'

import { createTrialVerifyToken } from '../../cms/links/trial-verify-token'
import { expect, test } from './fixtures'
import { signInToAdmin } from './sign-in-to-admin'
import { signIn, unique } from './site-cms'

type OutboxMessage = { to: string; subject: string; text: string; idempotencyKey: string }
type StandInState = { accounts: Array<{ accountId: string; email: string; idempotencyKey: string; loginUrl: string; account: Record<string, unknown> }>; webhookUrl: string | null }

/**
 * A free trial in Chromium against `npm start` with no TRIAL_PROVISIONING_URL: the server runs the web
 * application's local stand-in and the admin names it. Signup on /nl/trial (the ALTCHA widget solving) → verification
 * mail in the outbox → the link's button → an account on the stand-in (read over its control API) → the welcome
 * mail with that account's sign-in link, and the stand-in's signed report of a conversion applied. Forged and
 * expired links say so in the page's language; signing up again with a known address leads to the very same "check
 * your inbox" page.
 */

/** The newest outbox message to this address whose idempotency key starts with `kind` (read as admin via the API). */
const mailTo = async ({ request, token, to, kind }: { request: APIRequestContext; token: string; to: string; kind: string }): Promise<OutboxMessage> => {
  let found: OutboxMessage | undefined
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/outbox-messages?where[to][equals]=${encodeURIComponent(to)}&sort=-createdAt&depth=0&limit=20`, { headers: { Authorization: `JWT ${token}` } })
        found = ((await res.json()) as { docs: OutboxMessage[] }).docs.find((d) => d.idempotencyKey.startsWith(kind))
        return Boolean(found)
      },
      { timeout: 30_000, message: `a ${kind} mail to ${to} in the outbox` },
    )
    .toBe(true)
  return found as OutboxMessage
}

const verifyLinkIn = (text: string) => {
  const match = /https?:\/\/[^\s]+\/nl\/trial\/verify\?token=([A-Za-z0-9_.-]+)/.exec(text)
  if (!match) throw new Error('no verification link in the mail')
  return { url: new URL(match[0]), token: match[1]! }
}

/** Payload signs with a digest of the configured secret; the server's is the one it generated into the data folder. */
const payloadSecret = () => {
  const configured = process.env.PAYLOAD_SECRET ?? fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, '.payload-secret'), 'utf8').trim()
  return createHash('sha256').update(configured).digest('hex').slice(0, 32)
}

/** The same link, issued 25 hours ago: past its 24-hour life. */
const expiredToken = (token: string) => {
  const { k } = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as { k: string }
  return createTrialVerifyToken({ secret: payloadSecret(), trialKey: k, now: new Date(Date.now() - 25 * 3_600_000) })
}

/** A signature that does not hold: the last character of the tag changed. */
const forgedToken = (token: string) => `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`

const signUp = async ({ page, email }: { page: Page; email: string }) => {
  await page.goto('/nl/trial')
  await page.getByLabel('Voornaam').fill('Lien')
  await page.getByLabel('Achternaam').fill('Vermeulen')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Beroep').selectOption('psychologist')
  await page.getByLabel(/Naam van je praktijk/).fill('Praktijk Vermeulen')
  await page.getByLabel('Land').selectOption('BE')
  await page.getByLabel(/Ik aanvaard de gebruiksvoorwaarden/).check()
  // The widget loads on the form's first focus; a person takes longer to fill the form than that, the test may not.
  await page.waitForFunction(() => customElements.get('altcha-widget') !== undefined)
  const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/nl/trial'))
  await page.getByRole('button', { name: 'Try-out aanvragen' }).click()
  expect((await posted).postData() ?? '').toMatch(/(^|&)altcha=[^&]{20,}/)
  await expect(page).toHaveURL(/\/nl\/trial\?sent=1$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kijk in je mailbox')
  return page.locator('main').innerText()
}

/** Opens a verification link and presses its button; resolves with the status the POST was answered with. */
const pressVerify = async ({ page, lang, token }: { page: Page; lang: 'nl' | 'fr'; token: string }) => {
  await page.goto(`/${lang}/trial/verify?token=${token}`)
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/${lang}/trial/verify`))
  await page.locator('form[action$="/trial/verify"]').getByRole('button').click()
  return (await answered).status()
}

/** Where the stand-in is, as the admin's trials list says (the server picked a free port). */
const standInUrlFromAdmin = async ({ page }: { page: Page }) => {
  await signInToAdmin({ page })
  await page.goto('/admin/collections/trials')
  const description = page.getByText(/TRIAL_PROVISIONING_URL is not set: trials are opened in the local stand-in web application at http:\/\/127\.0\.0\.1:\d+ \(development only\)/)
  await expect(description).toBeVisible()
  const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(await description.innerText())![1]!
  await page.context().clearCookies()
  return url
}

test('signup → verification mail → verified → account on the stand-in → welcome mail with its sign-in link', async ({ page, request, baseURL, problems }) => {
  test.setTimeout(120_000)
  const token = await signIn({ request })

  // The admin names the stand-in the server started, and where it is.
  const standInUrl = await standInUrlFromAdmin({ page })
  const standIn = async () => (await (await request.get(`${standInUrl}/_control/state`)).json()) as StandInState
  expect((await standIn()).webhookUrl).toBe(`${baseURL}/api/trials/webhooks/app`)

  const email = `trial-${unique()}@example.com`
  const answered = await signUp({ page, email })
  const verifyMail = await mailTo({ request, token, to: email, kind: 'trial-verify:' })
  expect(verifyMail.subject).toBe('Bevestig je e-mailadres voor je gratis try-out van myPlugin')
  const link = verifyLinkIn(verifyMail.text)

  // The real link: a page with a button (mail scanners only GET), then verified.
  await page.goto(`${link.url.pathname}${link.url.search}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bevestig je e-mailadres')
  await page.getByRole('button', { name: 'E-mailadres bevestigen' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bevestigd')
  await expect(page.locator('[data-trial-verified]')).toHaveText(/We openen nu je account/)

  // Provisioned on the stand-in, once, with the details typed in the form.
  let account: StandInState['accounts'][number] | undefined
  await expect
    .poll(async () => (account = (await standIn()).accounts.find((a) => a.email === email)) !== undefined, { timeout: 30_000, message: 'an account on the stand-in' })
    .toBe(true)
  expect((await standIn()).accounts.filter((a) => a.email === email)).toHaveLength(1)
  expect(account!.account).toEqual({ email, firstName: 'Lien', lastName: 'Vermeulen', profession: 'psychologist', practiceName: 'Praktijk Vermeulen', country: 'BE', locale: 'nl' })

  const welcome = await mailTo({ request, token, to: email, kind: 'trial-welcome:' })
  expect(welcome.subject).toBe('Je try-out van myPlugin staat klaar')
  expect(welcome.text).toContain(account!.loginUrl)
  // The sign-in link works on the application (fetched, not opened: the page test allows no other origin).
  expect((await request.get(account!.loginUrl)).status()).toBe(200)

  // The known address signs up again: the very same answer page; the mail, not the page, tells them.
  expect(await signUp({ page, email })).toBe(answered)
  const exists = await mailTo({ request, token, to: email, kind: 'trial-exists:' })
  expect(exists.text).toContain(account!.loginUrl)
  expect((await standIn()).accounts.filter((a) => a.email === email)).toHaveLength(1)

  // The stand-in reports back, signed with the webhook secret both sides were given: the site applies it.
  const sent = await request.post(`${standInUrl}/_control/events`, { data: { type: 'trial.converted', accountId: account!.accountId } })
  expect(((await sent.json()) as { status: number }).status).toBe(200)
  const converted = await request.get(`/api/trials?where[accountId][equals]=${account!.accountId}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  expect(((await converted.json()) as { docs: Array<{ status: string }> }).docs.map((d) => d.status)).toEqual(['converted'])
  expect(problems).toEqual([])
})

// No `problems` fixture here: the browser logs the 400 and 410 these pages are answered with, which are the point.
test('a forged or an expired verification link says so in the page’s language, and opens nothing', async ({ page, request }) => {
  test.setTimeout(90_000)
  const token = await signIn({ request })
  const standInUrl = await standInUrlFromAdmin({ page })
  const standIn = async () => (await (await request.get(`${standInUrl}/_control/state`)).json()) as StandInState
  const email = `trial-link-${unique()}@example.com`
  await signUp({ page, email })
  const link = verifyLinkIn((await mailTo({ request, token, to: email, kind: 'trial-verify:' })).text)

  expect(await pressVerify({ page, lang: 'nl', token: forgedToken(link.token) })).toBe(400)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet')
  const verifyPage = page.locator('.trial-verify')
  await expect(verifyPage.getByRole('alert')).toHaveText(/Deze link is onvolledig of ongeldig/)
  await expect(verifyPage.getByRole('link', { name: 'Try-out aanvragen' })).toHaveAttribute('href', '/nl/trial')
  expect(await pressVerify({ page, lang: 'fr', token: forgedToken(link.token) })).toBe(400)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ce lien ne fonctionne pas')
  expect(await pressVerify({ page, lang: 'nl', token: expiredToken(link.token) })).toBe(410)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link is verlopen')
  await expect(verifyPage.getByRole('alert')).toHaveText(/Een bevestigingslink blijft 24 uur geldig/)
  expect((await standIn()).accounts.filter((a) => a.email === email)).toEqual([])

  // The real link still works afterwards: the refusals changed nothing.
  expect(await pressVerify({ page, lang: 'nl', token: link.token })).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bevestigd')
})
