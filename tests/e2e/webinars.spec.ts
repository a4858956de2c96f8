import AxeBuilder from '@axe-core/playwright'
import ICAL from 'ical.js'
import type { APIRequestContext } from '@playwright/test'

import { expect, test } from './fixtures'
import { registerOnWebinarPage } from './register-on-webinar-page'
import { createCms, signIn, unique } from './site-cms'

type Attachment = { filename: string; contentType: string; content: string }
type OutboxMessage = { to: string; subject: string; text: string; idempotencyKey: string; attachments?: Attachment[] | string | null }

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

/** The mail's calendar file, parsed: what a calendar application reads of it. */
const invitationIn = (mail: OutboxMessage) => {
  const files = (typeof mail.attachments === 'string' ? JSON.parse(mail.attachments) : mail.attachments) as Attachment[] | null
  const ics = files?.find((f) => f.filename.endsWith('.ics'))
  if (!ics) throw new Error(`no .ics attached to "${mail.subject}"`)
  const calendar = new ICAL.Component(ICAL.parse(Buffer.from(ics.content, 'base64').toString('utf8')))
  const event = calendar.getFirstSubcomponent('vevent')
  if (!event) throw new Error('no VEVENT in the invitation')
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: String(event.getFirstPropertyValue('uid')),
    dtstamp: event.getFirstPropertyValue('dtstamp'),
    tzid: event.getFirstProperty('dtstart')?.getParameter('tzid'),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    hasTimezone: calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid') === 'Europe/Brussels',
  }
}

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const axe = async (page: import('@playwright/test').Page, what: string) => {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze()
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([])
}

const cancelLinkIn = (text: string) => {
  const match = /https?:\/\/[^\s]+\/webinars\/cancel\?token=[A-Za-z0-9_.%-]+/.exec(text)
  if (!match) throw new Error('no cancel link in the mail')
  return new URL(match[0])
}

test('register → confirmation with a valid .ics → cancel → the waitlisted person is promoted → time changed → update with SEQUENCE raised', async ({ page, request, problems }) => {
  test.setTimeout(120_000)
  const token = await signIn({ request })
  const cms = createCms({ request, token })
  const slug = `webinar-${unique()}`
  const start = new Date(Date.now() + 10 * 24 * 3_600_000)
  start.setUTCMinutes(0, 0, 0)
  const webinar = await cms.create('webinars', {
    title: 'Online consulteren in de praktijk',
    slug,
    summary: 'Hoe plan je een eerste videoconsultatie?',
    start: start.toISOString(),
    durationMinutes: 45,
    language: 'nl',
    capacity: 1,
    joinUrl: 'https://meet.example.com/private-room',
    status: 'scheduled',
    _status: 'published',
  })
  const first = `first-${unique()}@example.com`
  const second = `second-${unique()}@example.com`

  // The listing shows it, never its join link.
  await page.goto('/nl/webinars')
  await expect(page.getByRole('link', { name: 'Online consulteren in de praktijk' })).toBeVisible()
  expect(await page.content()).not.toContain('private-room')
  await axe(page, 'webinar listing')
  await page.goto(`/nl/webinars/${slug}`)
  await axe(page, 'webinar page with its form')

  for (const [email, name] of [[first, 'Eerste Persoon'], [second, 'Tweede Persoon']] as const) {
    await registerOnWebinarPage({ page, slug, name, email })
    expect(await page.content()).not.toContain('private-room')
  }

  const confirmation = await mailTo({ request, token, to: first, kind: 'webinar-registered:' })
  expect(confirmation.text).toContain('meet.example.com/private-room')
  const invite = invitationIn(confirmation)
  expect(invite).toMatchObject({ method: 'REQUEST', tzid: 'Europe/Brussels', sequence: 0, hasTimezone: true })
  expect(invite.uid).toBe(`webinar-${webinar.id}@${new URL(page.url()).hostname}`)
  expect(invite.dtstamp).toBeTruthy()
  const waitlisted = await mailTo({ request, token, to: second, kind: 'webinar-waitlisted:' })
  expect(waitlisted.text).not.toContain('private-room')

  // The first person gives their seat back (the link's page only asks; the button cancels).
  await page.goto(cancelLinkIn(confirmation.text).toString().replace(/^https?:\/\/[^/]+/, ''))
  await axe(page, 'cancel page')
  await page.getByRole('button', { name: 'Mijn inschrijving annuleren' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je inschrijving is geannuleerd')

  const promoted = await mailTo({ request, token, to: second, kind: 'webinar-promoted:' })
  expect(promoted.text).toContain('meet.example.com/private-room')
  expect(invitationIn(promoted)).toMatchObject({ method: 'REQUEST', uid: invite.uid, sequence: 0 })

  // The marketer moves it an hour later: the seat holder gets the update with the raised sequence.
  await cms.update('webinars', Number(webinar.id), { start: new Date(start.getTime() + 3_600_000).toISOString() })
  const update = await mailTo({ request, token, to: second, kind: 'webinar-updated:' })
  expect(invitationIn(update)).toMatchObject({ method: 'REQUEST', uid: invite.uid, sequence: 1, tzid: 'Europe/Brussels' })
  expect(problems).toEqual([])
})

test('registration refuses bad input with a message in the page language, and a forged cancel link changes nothing', async ({ page }) => {
  const token = await signIn({ request: page.request })
  const cms = createCms({ request: page.request, token })
  const slug = `bad-${unique()}`
  await cms.create('webinars', { title: 'Bad input', slug, start: new Date(Date.now() + 5 * 24 * 3_600_000).toISOString(), durationMinutes: 30, language: 'fr', joinUrl: 'https://meet.example.com/x', _status: 'published' })
  await page.goto(`/fr/webinars/${slug}`)
  await page.getByLabel('Nom').fill('<b>')
  await page.getByLabel('Adresse e-mail').fill('not-an-address')
  await page.waitForFunction(() => customElements.get('altcha-widget') !== undefined)
  // The browser's own checks would stop the post; the server's are what count.
  await page.locator('form.webinar-form').evaluate((f) => f.setAttribute('novalidate', ''))
  await page.getByRole('button', { name: "S'inscrire" }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Saisissez une adresse e-mail valide')
  await expect(alert).toContainText('Saisissez votre nom')
  await expect(alert).toContainText('Choisissez votre profession')

  await page.goto('/fr/webinars/cancel?token=forged.token-value')
  await page.getByRole('button', { name: 'Annuler mon inscription' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ce lien ne fonctionne pas')
})
