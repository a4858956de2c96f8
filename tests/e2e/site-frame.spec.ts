import { request as playwrightRequest } from '@playwright/test'

import { expect, test } from './fixtures'
import { type Cms, createCms, createLocalisedPage, type Locale, locales, signIn, unique, withIds } from './site-cms'

/**
 * The frame around every page comes from the CMS globals: navigation (nested, usable without JS and on a phone),
 * footer links and the cookie-settings link, the organisation's details and its JSON-LD. The test sets the globals
 * itself and puts the seeded values back afterwards.
 */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
const slugs = {
  parent: { nl: `diensten-${u}`, fr: `services-${u}`, en: `services-${u}` },
  child: { nl: `kind-${u}`, fr: `enfant-${u}`, en: `child-${u}` },
  hidden: { nl: `geheim-${u}`, fr: `secret-${u}`, en: `secret-${u}` },
}
const labels = {
  parent: { nl: 'Diensten', fr: 'Services', en: 'Services' },
  child: { nl: 'Kindpagina', fr: 'Page enfant', en: 'Child page' },
  hidden: { nl: 'Nog geheim', fr: 'Encore secret', en: 'Still secret' },
  external: { nl: 'Status', fr: 'Statut', en: 'Status' },
  footer: { nl: 'Voorwaarden', fr: 'Conditions', en: 'Terms' },
  cookies: { nl: 'Cookies beheren', fr: 'Gérer les cookies', en: 'Manage cookies' },
}
const organisation = {
  legalName: `myPlugin BV ${u}`,
  street: 'Teststraat 1',
  postalCode: '3970',
  city: 'Leopoldsburg',
  country: 'BE',
  enterpriseNumber: 'BE 0123.456.789',
  email: `privacy-${u}@example.com`,
}
const path = (kind: keyof typeof slugs, l: Locale) => `/${l}/${slugs[kind][l]}`

let saved: { navigation: Record<Locale, unknown>; footer: Record<Locale, unknown>; organisation: Record<string, unknown> } | undefined

const withCms = async <T>(run: (cms: Cms) => Promise<T>): Promise<T> => {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    return await run(createCms({ request, token: await signIn({ request }) }))
  } finally {
    await request.dispose()
  }
}

test.beforeAll(async () => {
  await withCms(async (cms) => {
    const read = async (slug: string) => Object.fromEntries(await Promise.all(locales.map(async (l) => [l, await cms.readGlobal(slug, { locale: l })]))) as Record<Locale, Record<string, unknown>>
    const navigation = await read('navigation')
    const footer = await read('footer')
    saved = {
      navigation: Object.fromEntries(locales.map((l) => [l, navigation[l].items])) as Record<Locale, unknown>,
      footer: Object.fromEntries(locales.map((l) => [l, { links: footer[l].links, cookieSettingsLabel: footer[l].cookieSettingsLabel, note: footer[l].note }])) as Record<Locale, unknown>,
      organisation: await cms.readGlobal('organisation'),
    }
    const page = (kind: keyof typeof slugs, status: 'published' | 'draft' = 'published') =>
      createLocalisedPage({ cms, status, content: (l) => ({ title: `${kind} ${l}`, slug: slugs[kind][l], layout: [] }) })
    const parent = await page('parent')
    const child = await page('child')
    const hidden = await page('hidden', 'draft')
    const link = (id: number, label: string) => ({ link: { type: 'page', page: id, label } })
    let navStored: unknown
    let footerStored: unknown
    for (const l of locales) {
      const items = [
        { ...link(parent.id, labels.parent[l]), children: [link(child.id, labels.child[l]), link(hidden.id, labels.hidden[l])] },
        { link: { type: 'url', url: 'https://status.example.com/', label: labels.external[l] }, children: [] },
      ]
      const nav = await cms.updateGlobal('navigation', { items: navStored ? withIds(navStored, items) : items }, { locale: l })
      navStored ??= nav.items
      const links = [link(child.id, labels.footer[l])]
      const footer = await cms.updateGlobal('footer', { links: footerStored ? withIds(footerStored, links) : links, cookieSettingsLabel: labels.cookies[l], note: `Note ${l}` }, { locale: l })
      footerStored ??= footer.links
    }
    await cms.updateGlobal('organisation', organisation)
  })
})

test.afterAll(async () => {
  if (!saved) return
  const restore = saved
  await withCms(async (cms) => {
    for (const l of locales) {
      await cms.updateGlobal('navigation', { items: restore.navigation[l] ?? [] }, { locale: l })
      await cms.updateGlobal('footer', restore.footer[l] as Record<string, unknown>, { locale: l })
    }
    const { legalName, street, postalCode, city, country, enterpriseNumber, email } = restore.organisation
    await cms.updateGlobal('organisation', { legalName, street, postalCode, city, country, enterpriseNumber, email })
  })
})

for (const l of locales) {
  test(`the navigation comes from the CMS, nested and accessible (${l})`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(path('child', l))
    const nav = page.getByRole('navigation', { name: { nl: 'Hoofdmenu', fr: 'Menu principal', en: 'Main menu' }[l] })
    // On a wide screen the menu is open without a toggle.
    await expect(nav.getByRole('link', { name: labels.external[l] })).toBeVisible()
    await expect(nav.getByRole('link', { name: labels.external[l] })).toHaveAttribute('href', 'https://status.example.com/')
    // Sub-items live in a nested list behind a native disclosure.
    const sublist = nav.locator('.main-nav__sublist')
    await expect(sublist).toBeHidden()
    await nav.getByText(labels.parent[l], { exact: true }).first().click()
    await expect(sublist).toBeVisible()
    await expect(sublist.getByRole('link', { name: labels.parent[l] })).toHaveAttribute('href', path('parent', l))
    const child = sublist.getByRole('link', { name: labels.child[l] })
    await expect(child).toHaveAttribute('href', path('child', l))
    await expect(child).toHaveAttribute('aria-current', 'page')
    // A link to an unpublished page is plain text, never a broken link.
    await expect(sublist).toContainText(labels.hidden[l])
    await expect(sublist.getByRole('link', { name: labels.hidden[l] })).toHaveCount(0)
    expect(await page.content()).not.toContain(slugs.hidden[l])
    expect(problems).toEqual([])
  })
}

test('on a phone the menu is one tap away and every target is at least 44 px', async ({ browser }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  await page.goto(path('parent', 'nl'))
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
  await expect(nav.getByRole('link', { name: labels.external.nl })).toBeHidden()
  await nav.getByText('Menu', { exact: true }).tap()
  await expect(nav.getByRole('link', { name: labels.external.nl })).toBeVisible()
  await nav.getByText(labels.parent.nl, { exact: true }).first().tap()
  await expect(nav.getByRole('link', { name: labels.child.nl })).toBeVisible()
  const targets = page.locator('header a:visible, header summary:visible, footer a:visible')
  for (const box of await targets.evaluateAll((els) => els.map((el) => ({ text: el.textContent, ...el.getBoundingClientRect().toJSON() })))) {
    expect(box.height, `${box.text} is ${box.height}px high`).toBeGreaterThanOrEqual(44)
  }
  await context.close()
})

test('the menu works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(path('parent', 'fr'))
  await page.getByText('Menu', { exact: true }).click()
  await page.getByText(labels.parent.fr, { exact: true }).first().click()
  await page.getByRole('link', { name: labels.child.fr }).click()
  await expect(page).toHaveURL(new RegExp(`${path('child', 'fr')}$`))
  await context.close()
})

for (const l of locales) {
  test(`the footer shows the organisation, the footer links and the cookie settings (${l})`, async ({ page, problems }) => {
    await page.goto(path('parent', l))
    const footer = page.getByRole('contentinfo')
    for (const value of [organisation.legalName, organisation.street, `${organisation.postalCode} ${organisation.city}`, organisation.enterpriseNumber]) {
      await expect(footer).toContainText(value)
    }
    await expect(footer.getByRole('link', { name: organisation.email })).toHaveAttribute('href', `mailto:${organisation.email}`)
    await expect(footer.getByRole('link', { name: labels.footer[l] })).toHaveAttribute('href', path('child', l))
    const cookies = footer.getByRole('link', { name: labels.cookies[l] })
    await expect(cookies).toHaveAttribute('href', '#cookie-settings')
    await expect(cookies).toHaveAttribute('data-cc', 'show-preferencesModal')
    await expect(footer).toContainText(`Note ${l}`)
    expect(problems).toEqual([])
  })
}

test('the Organization JSON-LD comes from the organisation global', async ({ page, problems }) => {
  await page.goto(path('parent', 'en'))
  const blocks = await page.locator('head script[type="application/ld+json"]').allTextContents()
  const org = blocks.map((b) => JSON.parse(b) as Record<string, unknown>).find((b) => b['@type'] === 'Organization')
  expect(org).toEqual({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organisation.legalName,
    url: `${baseURL}/`,
    logo: `${baseURL}/favicon.svg`,
    email: organisation.email,
    vatID: organisation.enterpriseNumber,
    address: { '@type': 'PostalAddress', streetAddress: organisation.street, postalCode: organisation.postalCode, addressLocality: organisation.city, addressCountry: 'BE' },
  })
  expect(problems).toEqual([])
})

test('the language switcher keeps the page, in every language', async ({ page, problems }) => {
  await page.goto(path('child', 'nl'))
  await page.getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(new RegExp(`${path('child', 'fr')}$`))
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(new RegExp(`${path('child', 'en')}$`))
  expect(problems).toEqual([])
})
