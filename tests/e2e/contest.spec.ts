import type { APIRequestContext, Page } from '@playwright/test'

import { drawWinners } from '../../cms/forms/draw-winners'
import { textToLexical } from '../../cms/policy/text-to-lexical'
import { expect as baseExpect, test } from './fixtures'
import { signInToAdmin } from './sign-in-to-admin'
import { createCms, signIn, unique } from './site-cms'

// The ALTCHA proof of work and the admin's first renders take their time on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 })

/** Enters the contest on its own page as a visitor does: address, the terms box, the widget solving on submit. */
const enter = async ({ page, path, email, terms }: { page: Page; path: string; email: string; terms: RegExp }) => {
  await page.goto(path)
  await page.getByLabel(/e-mail/i).fill(email)
  await page.getByRole('checkbox', { name: terms }).check()
  await page.waitForFunction(() => customElements.get('altcha-widget') !== undefined)
  await page.getByRole('button', { name: /participer|meedoen/i }).click()
}

const mailsTo = async ({ request, token, to, template }: { request: APIRequestContext; token: string; to: string; template: string }) => {
  const res = await request.get(`/api/mail-messages?where[to][equals]=${encodeURIComponent(to)}&where[template][equals]=${template}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  return ((await res.json()) as { totalDocs: number }).totalDocs
}

test('a contest from entry to a reproducible draw: entries in French and Dutch, one per person, the marketer draws once in the admin and the draw recomputes', async ({ page, request, problems }) => {
  test.setTimeout(240_000)
  const token = await signIn({ request })
  const cms = createCms({ request, token })
  const id = unique()
  const marketer = { email: `contest-marketer-${id}@example.com`, password: `Contest-draw-Horse-${id}-Battery` }
  await cms.create('users', { ...marketer, roles: ['marketer'] })

  // Terms in Dutch and French, then the contest that offers them.
  // Written as a draft in both languages, then published once: version 1.
  const terms = await cms.create('contest-terms', { title: `Wedstrijdreglement ${id}`, body: textToLexical({ text: 'Artikel 1. Eén deelname per persoon.' }), _status: 'draft' }, { draft: true })
  await cms.update('contest-terms', terms.id, { title: `Règlement ${id}`, body: textToLexical({ text: 'Article 1. Une participation par personne.' }), _status: 'draft' }, { locale: 'fr', draft: true })
  await cms.update('contest-terms', terms.id, { _status: 'published' })
  const form = await cms.create('forms', {
    title: `Win een jaar myPlugin ${id}`,
    purpose: 'contest',
    fields: [{ blockType: 'email', name: 'email', label: 'E-mailadres', required: true }],
    submitLabel: 'Meedoen',
    terms: terms.id,
    winnersCount: 1,
    retentionDays: 30,
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    _status: 'published',
  })
  const nl = (await cms.find('forms', form.id)) as unknown as { fields: { id: string }[] }
  await cms.update('forms', form.id, { title: `Gagnez un an ${id}`, submitLabel: 'Participer', fields: [{ id: nl.fields[0]!.id, blockType: 'email', name: 'email', label: 'Adresse e-mail', required: true }], _status: 'published' }, { locale: 'fr' })

  // A visitor enters in French; the terms link opens the version they accept.
  const first = `contest-fr-${id}@example.com`
  await page.goto(`/fr/forms/${form.id}`)
  const termsLink = page.getByRole('link', { name: 'règlement (version 1)' })
  await expect(termsLink).toHaveAttribute('href', new RegExp(`^/fr/contest-terms/${terms.id}\\?version=\\d+$`))
  await termsLink.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Règlement ${id}`)
  await expect(page.getByText('Article 1. Une participation par personne.')).toBeVisible()
  await enter({ page, path: `/fr/forms/${form.id}`, email: first, terms: /J’accepte le/ })
  await expect(page).toHaveURL(new RegExp(`/fr/forms/${form.id}\\?sent=1$`))
  // The same person again, the address typed differently: refused, in French.
  await enter({ page, path: `/fr/forms/${form.id}`, email: first.toUpperCase(), terms: /J’accepte le/ })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vous participez déjà')
  // That answer is a 409 on purpose: the browser logs it, and only it is expected.
  problems.splice(0, problems.length, ...problems.filter((p) => !/status of 409/.test(p)))
  // Someone else, in Dutch.
  await enter({ page, path: `/nl/forms/${form.id}`, email: `contest-nl-${id}@example.com`, terms: /Ik aanvaard de/ })
  await expect(page).toHaveURL(new RegExp(`/nl/forms/${form.id}\\?sent=1$`))

  // The contest ends; the marketer draws in the admin.
  await cms.update('forms', form.id, { closesAt: new Date(Date.now() - 1_000).toISOString(), _status: 'published' })
  await signInToAdmin({ page, ...marketer })
  await page.goto(`/admin/collections/forms/${form.id}`)
  const panel = page.getByRole('region', { name: 'Entries and draw' })
  await expect(panel).toContainText('2 entries')
  page.once('dialog', (dialog) => void dialog.accept())
  await panel.getByRole('button', { name: 'Draw winners' }).click()
  await expect(panel.getByRole('status')).toContainText('Drawn: 1 winner(s) among 2 entries')
  const record = panel.getByRole('table', { name: 'Draw record' })
  await expect(record.getByRole('row', { name: /Seed/ })).toContainText(/[0-9a-f]{64}/)
  await expect(record.getByRole('row', { name: /Drawn/ })).toContainText(marketer.email)
  await expect(panel.getByRole('button', { name: 'Draw winners' })).toHaveCount(0)
  await panel.getByRole('button', { name: 'Recompute the draw' }).click()
  await expect(panel.getByRole('status')).toContainText('the same winners in the same order')

  // Anyone holding the record gets the same winner; the winner was mailed, once.
  const draws = (await (await request.get(`/api/form-draws?where[form][equals]=${form.id}&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: { seed: string; entryIds: number[]; winnerIds: number[] }[] }
  const draw = draws.docs[0]!
  expect(draw.entryIds).toHaveLength(2)
  expect(drawWinners({ seed: draw.seed, entryIds: draw.entryIds, count: 1 })).toEqual(draw.winnerIds)
  const winner = (await (await request.get(`/api/form-submissions/${draw.winnerIds[0]}?depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { answers: { email: string } }
  expect(await mailsTo({ request, token, to: winner.answers.email, template: 'contest-winner' })).toBe(1)
  expect(problems).toEqual([])
})
