import { request as playwrightRequest } from '@playwright/test'

import { expect, test } from './fixtures'
import { type Cms, createCms, locales, paragraph, signIn, text, unique, type Locale } from './site-cms'

/**
 * The privacy and cookie policy on the site: the version in force, the archive, every version's permanent URL and the
 * word-level compare view, in three languages. A second privacy version (minor: no mails, no site-wide notice) is
 * published through the REST API as the admin, the way the admin UI publishes.
 */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
const titles: Record<Locale, string> = { nl: 'Privacybeleid', fr: 'Politique de confidentialité', en: 'Privacy policy' }
const cookieTitles: Record<Locale, string> = { nl: 'Cookiebeleid', fr: 'Politique en matière de cookies', en: 'Cookie policy' }
const dateLocales: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }
const longDate = (iso: string, l: Locale) => new Intl.DateTimeFormat(dateLocales[l], { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(new Date(iso))

type LexicalState = { root: { children: { type: string; children?: { text?: string }[] }[] } }
type VersionDoc = { id: number; versionLabel: string; state: string; kind: string; publishedAt?: string; effectiveDate: string; content?: LexicalState }

const added: Record<Locale, string> = { nl: `Nieuwe alinea ${u} over bewaartermijnen.`, fr: `Nouveau paragraphe ${u} sur les durées de conservation.`, en: `New paragraph ${u} on retention periods.` }
let v1: VersionDoc
let v2: VersionDoc
let cookieV1: VersionDoc
let cookieCurrent: VersionDoc
let draftId: number
const removed: Partial<Record<Locale, string>> = {}
let organisation: { legalName: string; enterpriseNumber: string; email: string; dataProtectionAuthority: { name: string; url: string } }

const withCms = async <T>(run: (cms: Cms, get: (url: string) => Promise<unknown>) => Promise<T>): Promise<T> => {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    const token = await signIn({ request })
    const get = async (url: string) => (await request.get(url, { headers: { Authorization: `JWT ${token}` } })).json()
    return await run(createCms({ request, token }), get)
  } finally {
    await request.dispose()
  }
}

const paragraphText = (node: { children?: { text?: string; children?: { text?: string }[] }[] }): string =>
  (node.children ?? []).map((c) => c.text ?? (c.children ?? []).map((cc) => cc.text ?? '').join('')).join('')

test.beforeAll(async () => {
  await withCms(async (cms, get) => {
    const list = (await get('/api/policy-versions?limit=100&depth=0&locale=nl&sort=effectiveDate')) as { docs: VersionDoc[] }
    const privacy = list.docs.filter((d) => d.kind === 'privacy')
    v1 = privacy.find((d) => d.versionLabel === '01/06/2021' && d.state === 'published') as VersionDoc
    const cookies = list.docs.filter((d) => d.kind === 'cookie' && d.state === 'published')
    cookieV1 = cookies[0] as VersionDoc
    cookieCurrent = cookies.at(-1) as VersionDoc
    draftId = (privacy.find((d) => d.state === 'draft') as VersionDoc).id
    expect(v1 && cookieV1 && draftId).toBeTruthy()
    organisation = (await cms.readGlobal('organisation', { locale: 'en' })) as unknown as typeof organisation

    // Version 2: version 1's text in each language with its first plain paragraph removed and a new one added.
    const content: Partial<Record<Locale, LexicalState>> = {}
    for (const l of locales) {
      const stored = (await get(`/api/policy-versions/${v1.id}?locale=${l}&depth=0`)) as VersionDoc
      const state = structuredClone(stored.content) as LexicalState
      const index = state.root.children.findIndex((c) => c.type === 'paragraph' && paragraphText(c).split(' ').length > 8 && !(c.children ?? []).some((cc) => 'fields' in cc))
      removed[l] = paragraphText(state.root.children[index] as never)
      state.root.children.splice(index, 1)
      state.root.children.push(paragraph(text(added[l])) as never)
      content[l] = state
    }
    const created = await cms.create('policy-versions', {
      kind: 'privacy',
      versionLabel: `e2e-${u}`,
      effectiveDate: new Date(Date.now() - 60_000).toISOString(),
      materiality: 'minor',
      content: content.nl,
    })
    for (const l of ['fr', 'en'] as const) await cms.update('policy-versions', created.id, { content: content[l] }, { locale: l })
    v2 = (await cms.update('policy-versions', created.id, { state: 'published' })) as unknown as VersionDoc
    expect(v2.state).toBe('published')
  })
})

for (const l of locales) {
  test(`${l}: the privacy page shows the version in force with its label, dates, controller and translation note`, async ({ page, request, problems }) => {
    const res = await page.goto(`/${l}/privacy`)
    expect(res?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText(titles[l])
    const meta = page.locator('.policy__meta')
    await expect(meta).toContainText(`e2e-${u}`)
    await expect(meta).toContainText(longDate(v2.publishedAt as string, l))
    await expect(page.locator('.policy__text')).toContainText(added[l])
    await expect(page.locator('.policy__text')).not.toContainText(removed[l] as string)
    // Rich text structure: headings, lists and links (the e-mail address) survive.
    await expect(page.locator('.policy__text h2, .policy__text h3').first()).toBeVisible()
    await expect(page.locator('.policy__text ul li').first()).toBeVisible()
    await expect(page.locator('.policy__text a[href^="mailto:"]').first()).toBeVisible()
    // Translations say so and link to the Dutch text, which prevails.
    const note = page.getByTestId('translation-note')
    if (l === 'nl') await expect(note).toHaveCount(0)
    else await expect(note.locator(`a[href="/nl/privacy/${v2.id}"]`)).toBeVisible()
    // The controller, from the organisation global.
    const controller = page.locator('.policy-controller')
    await expect(controller).toContainText(organisation.legalName)
    await expect(controller).toContainText(organisation.enterpriseNumber)
    await expect(controller.locator(`a[href="mailto:${organisation.email}"]`)).toBeVisible()
    await expect(controller.locator(`a[href="${organisation.dataProtectionAuthority.url}"]`)).toBeVisible()
    // The footer links to both policies.
    await expect(page.locator(`footer a[href="/${l}/privacy"]`)).toHaveText(titles[l])
    await expect(page.locator(`footer a[href="/${l}/cookies"]`)).toHaveText(cookieTitles[l])
    // Cached whole like every published page: a repeat request is served from the render cache (once the cache has
    // caught up with the publication above, which empties it), and the marker never reaches the visitor.
    await expect.poll(async () => (await request.get(`/${l}/privacy`)).headers()['x-cache'], { timeout: 10_000 }).toBe('hit')
    expect((await request.get(`/${l}/privacy`)).headers()['x-render-cache']).toBeUndefined()
    expect(problems).toEqual([])
  })

  test(`${l}: the archive lists every published version with its dates and permanent URLs`, async ({ page, problems }) => {
    expect((await page.goto(`/${l}/privacy/archive`))?.status()).toBe(200)
    const rows = page.locator('.policy-archive tbody tr')
    // Newest first: the version published above heads the list, the 2021 version ends it.
    await expect(rows.first().locator(`a[href="/${l}/privacy/${v2.id}"]`)).toContainText(`e2e-${u}`)
    const first = rows.last()
    await expect(first.locator(`a[href="/${l}/privacy/${v1.id}"]`)).toContainText('01/06/2021')
    await expect(first).toContainText(longDate('2021-06-01T00:00:00.000Z', l))
    await expect(first).toContainText(longDate(v1.publishedAt as string, l))
    await expect(page.locator(`a[href="/${l}/privacy/${draftId}"]`)).toHaveCount(0)

    // The permanent URL of the earlier version: its own text, marked as not the current one.
    await first.locator(`a[href="/${l}/privacy/${v1.id}"]`).click()
    await expect(page).toHaveURL(`${baseURL}/${l}/privacy/${v1.id}`)
    await expect(page.locator('.policy__meta')).toContainText('01/06/2021')
    await expect(page.locator('.policy__text')).toContainText(removed[l] as string)
    await expect(page.locator('.policy__text')).not.toContainText(added[l])
    await expect(page.locator('.policy__status a')).toHaveAttribute('href', `/${l}/privacy`)
    expect(problems).toEqual([])
  })

  test(`${l}: the compare view shows what changed, word by word, not by colour alone`, async ({ page, request, problems }) => {
    const res = await page.goto(`/${l}/privacy/compare?from=${v1.id}&to=${v2.id}`)
    expect(res?.status()).toBe(200)
    const ins = page.locator('.policy-diff ins')
    const del = page.locator('.policy-diff del')
    await expect(ins.filter({ hasText: u })).toHaveCount(1)
    const addedText = (await ins.allTextContents()).join(' ')
    const removedText = (await del.allTextContents()).join(' ')
    expect(addedText).toContain(u)
    // Every word of the removed paragraph is in a <del>.
    for (const word of (removed[l] as string).split(/\s+/).filter((w) => w.length > 3).slice(0, 5)) expect(removedText).toContain(word)
    // Screen readers hear "added:"/"removed:"; everyone sees the + and − markers.
    const labels = { nl: ['toegevoegd:', 'verwijderd:'], fr: ['ajouté :', 'supprimé :'], en: ['added:', 'removed:'] }[l]
    await expect(ins.first().locator('.visually-hidden')).toHaveText(`${labels[0]} `)
    await expect(del.first().locator('.visually-hidden')).toHaveText(`${labels[1]} `)
    await expect(ins.first().locator('[aria-hidden="true"]')).toHaveText('+')
    expect(await del.first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through')
    expect(await ins.first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline')
    // Depends on the query: never cached whole.
    const again = await request.get(`/${l}/privacy/compare?from=${v1.id}&to=${v2.id}`)
    expect(again.headers()['x-cache']).not.toBe('hit')

    // The form works without JavaScript: a plain GET with the two ids.
    await page.goto(`/${l}/privacy/compare`)
    await page.locator('select[name="from"]').selectOption(String(v2.id))
    await page.locator('select[name="to"]').selectOption(String(v1.id))
    await page.locator('.policy-compare-form button[type="submit"]').click()
    await expect(page).toHaveURL(`${baseURL}/${l}/privacy/compare?from=${v2.id}&to=${v1.id}`)
    await expect(page.locator('.policy-diff del').filter({ hasText: u })).toHaveCount(1)
    expect(problems).toEqual([])
  })

  test(`${l}: the cookie policy has the same pages`, async ({ page, problems }) => {
    expect((await page.goto(`/${l}/cookies`))?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText(cookieTitles[l])
    await expect(page.locator('.policy__meta strong')).toHaveText(cookieCurrent.versionLabel)
    expect((await page.goto(`/${l}/cookies/archive`))?.status()).toBe(200)
    await expect(page.locator(`.policy-archive a[href="/${l}/cookies/${cookieV1.id}"]`)).toBeVisible()
    expect((await page.goto(`/${l}/cookies/${cookieV1.id}`))?.status()).toBe(200)
    expect((await page.goto(`/${l}/cookies/compare`))?.status()).toBe(200)
    expect(problems).toEqual([])
  })
}

test('bad input gets a localised 404 or 400, never a crash', async ({ page, problems }) => {
  for (const [path, status, heading] of [
    ['/nl/privacy/987654321', 404, 'Pagina niet gevonden'],
    [`/fr/privacy/${draftId}`, 404, 'Page introuvable'],
    ['/en/privacy/abc', 404, 'Page not found'],
    ['/en/privacy/archive/extra', 404, 'Page not found'],
    ['/fr/privacy/compare?from=abc&to=1', 400, 'Requête invalide'],
    ['/nl/privacy/compare?from=1', 400, 'Ongeldige vraag'],
    [`/en/privacy/compare?from=${draftId}&to=1`, 404, 'Page not found'],
    ['/en/privacy/compare?from=1&from=2&to=1', 400, 'Invalid request'],
    // A privacy version is not a cookie policy version.
    [`/nl/cookies/${v1.id}`, 404, 'Pagina niet gevonden'],
  ] as const) {
    const res = await page.goto(path)
    expect(res?.status(), path).toBe(status)
    await expect(page.locator('h1'), path).toHaveText(heading)
  }
  // The browser logs the 4xx responses themselves as console errors: those are the point of this test.
  problems.splice(0, problems.length, ...problems.filter((p) => !/status of 40[04]/.test(p)))
  expect(problems).toEqual([])
})

test('the sitemap lists the policy pages and every published version in three languages, not compare', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  for (const l of locales) {
    for (const path of ['/privacy', '/privacy/archive', `/privacy/${v1.id}`, `/privacy/${v2.id}`, '/cookies', '/cookies/archive', `/cookies/${cookieV1.id}`]) {
      expect(xml).toContain(`<loc>${baseURL}/${l}${path}</loc>`)
    }
    expect(xml).not.toContain(`/${l}/privacy/${draftId}<`)
  }
  expect(xml).not.toContain('/compare')
})
