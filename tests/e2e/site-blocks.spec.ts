import { request as playwrightRequest } from '@playwright/test'

import { expect, test } from './fixtures'
import {
  createCms,
  createLocalisedPage,
  executableScripts,
  inlineStyleAttributes,
  lexical,
  type Locale,
  locales,
  paragraph,
  signIn,
  testImage,
  testVideo,
  text,
  unique,
} from './site-cms'

/**
 * Every block type rendered from CMS content in nl, fr and en: a page made for this test through the REST API (so
 * the assertions do not depend on the demo seed), plus every page the sitemap lists (the seed included) rendering
 * without console errors, CSP violations, inline styles or client JavaScript.
 */
const u = unique()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`
const slugs = {
  target: { nl: `doel-${u}`, fr: `cible-${u}`, en: `target-${u}` },
  hidden: { nl: `verborgen-${u}`, fr: `cache-${u}`, en: `hidden-${u}` },
  blocks: { nl: `blokken-${u}`, fr: `blocs-${u}`, en: `blocks-${u}` },
}
const t = (nl: string, fr: string, en: string) => ({ nl, fr, en })
/** The sign-up wording from Newsletter settings (the demo seed's, per language): what every sign-up form shows. */
const settingsConsent = { nl: /^Ja, stuur me de gekozen nieuwsbrieven/, fr: /^Oui, envoyez-moi les newsletters choisies/, en: /^Yes, send me the newsletters I chose/ }
const copy = {
  hero: t('Alles in één blok', 'Tout dans un bloc', 'Everything in one block'),
  lead: t('Een inleiding.', 'Une introduction.', 'An introduction.'),
  bold: t('Vetgedrukt', 'En gras', 'In bold'),
  inlineLink: t('naar het doel', 'vers la cible', 'to the target'),
  hiddenLink: t('naar een concept', 'vers un brouillon', 'to a draft'),
  features: t('Kenmerken', 'Caractéristiques', 'Features'),
  quote: t('Werkt prima.', 'Ça marche bien.', 'Works well.'),
  cta: t('Klaar?', 'Prêt ?', 'Ready?'),
  ctaLabel: t('Ga verder', 'Continuer', 'Continue'),
  faq: t('Vragen', 'Questions', 'Questions'),
  question: t('Is dit veilig?', 'Est-ce sûr ?', 'Is this safe?'),
  // A "</script>" in CMS text must neither end the JSON-LD script nor be lost.
  answer: t('Ja. </script><b>echt</b>', 'Oui. </script><b>vraiment</b>', 'Yes. </script><b>really</b>'),
  webinars: t('Webinars van de maand', 'Webinaires du mois', 'Webinars this month'),
  empty: t('Nog niets gepland.', 'Rien de prévu.', 'Nothing planned yet.'),
  newsletter: t('Nieuwsbrief', 'Newsletter', 'Newsletter'),
  subscribe: t('Inschrijven', 'S’inscrire', 'Subscribe'),
  trial: t('Gratis proberen', 'Essai gratuit', 'Free trial'),
  point: t('Geen kaart nodig', 'Pas de carte', 'No card needed'),
  trialLabel: t('Start', 'Commencer', 'Start'),
  caption: t('Een bijschrift', 'Une légende', 'A caption'),
}
const defaultHeading: Record<Locale, string> = { nl: 'Webinars', fr: 'Webinaires', en: 'Webinars' }
// The soonest webinar of the run (other specs plan theirs days ahead), so both blocks list it first.
const soonest = { title: `Blokwebinar ${u}`, slug: `block-webinar-${u}` }
const pathOf = (kind: keyof typeof slugs, l: Locale) => `/${l}/${slugs[kind][l]}`

test.beforeAll(async () => {
  const request = await playwrightRequest.newContext({ baseURL })
  const cms = createCms({ request, token: await signIn({ request }) })
  const image = await cms.upload({ name: `blocks-${u}.png`, mimeType: 'image/png', buffer: await testImage(), alt: 'Een groen vlak' })
  const video = await cms.upload({ name: `blocks-${u}.webm`, mimeType: 'video/webm', buffer: testVideo(), alt: 'Een korte video' })
  await cms.create('webinars', { ...soonest, start: new Date(Date.now() + 30 * 60_000).toISOString(), durationMinutes: 30, language: 'nl', joinUrl: 'https://meet.example.com/block', _status: 'published' })
  const simple = (kind: 'target' | 'hidden') => (l: Locale) => ({ title: `${kind} ${l}`, slug: slugs[kind][l], layout: [] })
  const target = await createLocalisedPage({ cms, content: simple('target') })
  const hidden = await createLocalisedPage({ cms, content: simple('hidden'), status: 'draft' })
  const pageLink = (id: number, label: string) => ({ type: 'page', page: id, label })
  const internalLink = (id: number, label: string) => ({
    type: 'link',
    version: 3,
    format: '',
    indent: 0,
    direction: 'ltr',
    fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'pages', value: id } },
    children: [text(label)],
  })
  await createLocalisedPage({
    cms,
    content: (l) => ({
      title: `Blocks ${l}`,
      slug: slugs.blocks[l],
      meta: { title: `Meta ${copy.hero[l]}`, description: `Description ${l}` },
      layout: [
        { blockType: 'hero', heading: copy.hero[l], lead: copy.lead[l], image: image.id, cta: pageLink(target.id, copy.ctaLabel[l]) },
        {
          blockType: 'richText',
          content: lexical([
            { type: 'heading', tag: 'h1', format: '', indent: 0, version: 1, direction: 'ltr', children: [text(`Rich ${l}`)] },
            // Centred, indented, underlined and struck-through text: Payload's converters would inline styles.
            { ...paragraph(text(copy.bold[l], 1), text(' '), text('underline', 8), text(' '), text('strike', 4)), format: 'center', indent: 1 },
            paragraph(internalLink(target.id, copy.inlineLink[l]), text(' · '), internalLink(hidden.id, copy.hiddenLink[l])),
            {
              type: 'list',
              listType: 'bullet',
              tag: 'ul',
              start: 1,
              format: '',
              indent: 0,
              version: 1,
              direction: 'ltr',
              children: [{ type: 'listitem', value: 1, checked: undefined, format: '', indent: 0, version: 1, direction: 'ltr', children: [text(`Item ${l}`)] }],
            },
          ]),
        },
        {
          blockType: 'featureGrid',
          heading: copy.features[l],
          features: [
            { title: `F1 ${l}`, text: `T1 ${l}` },
            { title: `F2 ${l}`, text: `T2 ${l}` },
          ],
        },
        { blockType: 'testimonial', quote: copy.quote[l], author: 'An Peeters', role: `Coach ${l}`, photo: image.id },
        { blockType: 'callToAction', heading: copy.cta[l], text: `CTA ${l}`, link: pageLink(target.id, copy.ctaLabel[l]) },
        { blockType: 'faq', heading: copy.faq[l], items: [{ question: copy.question[l], answer: copy.answer[l] }] },
        { blockType: 'webinarList', heading: copy.webinars[l], limit: 3, emptyText: copy.empty[l] },
        { blockType: 'webinarList', limit: 3 },
        { blockType: 'newsletterSignup', heading: copy.newsletter[l], text: `News ${l}`, buttonLabel: copy.subscribe[l] },
        { blockType: 'trialCta', heading: copy.trial[l], points: [{ text: copy.point[l] }], link: { type: 'url', url: `/${l}/`, label: copy.trialLabel[l] } },
        { blockType: 'media', media: image.id, caption: copy.caption[l] },
        { blockType: 'media', media: video.id },
      ],
    }),
  })
  await request.dispose()
})

for (const l of locales) {
  test(`every block renders in ${l}`, async ({ page, problems }) => {
    const response = await page.goto(pathOf('blocks', l))
    expect(response?.status()).toBe(200)
    const main = page.locator('main')

    // Hero: the first block carries the page's only h1, with its image (sizes, dimensions, alt).
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(copy.hero[l])
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(main.locator('.hero__lead')).toHaveText(copy.lead[l])
    const heroImg = main.locator('.hero img')
    await expect(heroImg).toHaveAttribute('alt', 'Een groen vlak')
    await expect(heroImg).toHaveAttribute('width', '1800')
    await expect(heroImg).toHaveAttribute('height', '1000')
    const srcset = await main.locator('.hero source').getAttribute('srcset')
    expect(srcset).toMatch(/ 400w, .* 800w, .* 1600w$/)
    await expect.poll(() => heroImg.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await expect(main.locator('.hero a.button')).toHaveAttribute('href', pathOf('target', l))

    // Rich text: semantic HTML, internal links in this locale, a link to an unpublished page as plain text.
    const rich = main.locator('.rich-text')
    await expect(rich.locator('h2')).toHaveText(`Rich ${l}`)
    await expect(rich.locator('strong')).toHaveText(copy.bold[l])
    await expect(rich.locator('u')).toHaveText('underline')
    await expect(rich.locator('s')).toHaveText('strike')
    await expect(rich.getByRole('link', { name: copy.inlineLink[l] })).toHaveAttribute('href', pathOf('target', l))
    await expect(rich).toContainText(copy.hiddenLink[l])
    await expect(rich.getByRole('link', { name: copy.hiddenLink[l] })).toHaveCount(0)
    await expect(rich.locator('ul li')).toHaveText(`Item ${l}`)

    await expect(main.getByRole('heading', { name: copy.features[l] })).toBeVisible()
    await expect(main.locator('.features__list > li')).toHaveCount(2)
    await expect(main.locator('.features__list h3').first()).toHaveText(`F1 ${l}`)

    await expect(main.locator('blockquote')).toHaveText(copy.quote[l])
    await expect(main.locator('.testimonial figcaption')).toContainText('An Peeters')
    await expect(main.locator('.testimonial figcaption')).toContainText(`Coach ${l}`)

    const cta = main.locator('.cta')
    await expect(cta.getByRole('heading', { level: 2 })).toHaveText(copy.cta[l])
    await expect(cta.getByRole('link', { name: copy.ctaLabel[l] })).toHaveAttribute('href', pathOf('target', l))

    // FAQ: a native disclosure, and FAQPage structured data that parses and keeps the text exactly.
    const faq = main.locator('.faq')
    await expect(faq.getByRole('heading', { level: 2 })).toHaveText(copy.faq[l])
    const answer = faq.locator('.faq__answer')
    await expect(answer).toBeHidden()
    await faq.getByText(copy.question[l]).click()
    await expect(answer).toBeVisible()
    await expect(answer).toHaveText(copy.answer[l])
    const faqJson = await faq.locator('script[type="application/ld+json"]').textContent()
    expect(JSON.parse(faqJson ?? '')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: copy.question[l], acceptedAnswer: { '@type': 'Answer', text: copy.answer[l] } }],
    })
    expect(faqJson).not.toContain('</script')

    // Webinars: the upcoming ones, soonest first, each linking to its page (its heading, or a localised default).
    const webinars = main.locator('.webinars')
    await expect(webinars.nth(0).getByRole('heading')).toHaveText(copy.webinars[l])
    await expect(webinars.nth(1).getByRole('heading')).toHaveText(defaultHeading[l])
    for (const block of [webinars.nth(0), webinars.nth(1)]) {
      await expect(block.getByRole('link').first()).toHaveText(soonest.title)
      await expect(block.getByRole('link').first()).toHaveAttribute('href', `/${l}/webinars/${soonest.slug}`)
      await expect(block).not.toContainText(copy.empty[l])
    }

    // Newsletter: a plain form posting to the locale's endpoint; consent is required and never pre-ticked. The wording
    // is the one in Newsletter settings (seeded per language), the same that the ledger records.
    const form = main.locator('.newsletter form')
    await expect(form).toHaveAttribute('method', 'post')
    await expect(form).toHaveAttribute('action', `/${l}/newsletter`)
    const email = form.locator('input[name="email"]')
    await expect(email).toHaveAttribute('type', 'email')
    await expect(email).toHaveAttribute('required', '')
    const consent = form.getByLabel(settingsConsent[l])
    await expect(consent).toHaveAttribute('type', 'checkbox')
    await expect(consent).toHaveAttribute('required', '')
    await expect(consent).not.toBeChecked()
    await expect(form.getByRole('button', { name: copy.subscribe[l] })).toHaveAttribute('type', 'submit')

    const trial = main.locator('.trial')
    await expect(trial.getByRole('heading')).toHaveText(copy.trial[l])
    await expect(trial.locator('li')).toHaveText(copy.point[l])
    await expect(trial.getByRole('link', { name: copy.trialLabel[l] })).toHaveAttribute('href', `/${l}/`)

    // Media: a responsive picture with its caption, and a self-hosted video that loads nothing until played.
    const media = main.locator('.media')
    await expect(media.nth(0).locator('img')).toHaveAttribute('alt', 'Een groen vlak')
    await expect(media.nth(0).locator('figcaption')).toHaveText(copy.caption[l])
    const video = media.nth(1).locator('video')
    await expect(video).toHaveAttribute('controls', '')
    await expect(video).toHaveAttribute('preload', 'none')
    await expect(video.locator('source')).toHaveAttribute('type', 'video/webm')
    expect(await video.locator('source').getAttribute('src')).toMatch(/^\/api\/media\/file\/blocks-.*\.webm$/)

    // The CSP allows no inline styles, and no block ships client JavaScript: the page runs exactly the scripts of a
    // page without blocks.
    expect(inlineStyleAttributes((await response?.text()) ?? '')).toEqual([])
    const scripts = await executableScripts(page)
    await page.goto(pathOf('target', l))
    expect(scripts).toEqual(await executableScripts(page))
    expect(problems).toEqual([])
  })
}

test('the SEO head uses the page meta, and the share image is absolute', async ({ page, problems }) => {
  await page.goto(pathOf('blocks', 'fr'))
  await expect(page).toHaveTitle(`Meta ${copy.hero.fr}`)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Description fr')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${pathOf('blocks', 'fr')}`)
  for (const l of locales) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute('href', `${baseURL}${pathOf('blocks', l)}`)
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${baseURL}${pathOf('blocks', 'nl')}`)
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${baseURL}${pathOf('blocks', 'fr')}`)
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(ogImage).toMatch(new RegExp(`^${baseURL}/api/media/file/`))
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  expect((await page.request.get(ogImage ?? '')).status()).toBe(200)
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0)
  expect(problems).toEqual([])
})

test('a page without its own meta falls back to the title suffix and the SEO defaults', async ({ page, problems }) => {
  await page.goto(pathOf('target', 'en'))
  await expect(page).toHaveTitle('target en · myPlugin')
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/)
  // No hero: the page title is the h1.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('target en')
  expect(problems).toEqual([])
})

test('the blocks page does not shift while it loads', async ({ page, problems }) => {
  await page.goto(pathOf('blocks', 'nl'))
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForLoadState('networkidle')
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value
          }
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(total), 500)
      }),
  )
  expect(shift).toBeLessThan(0.01)
  expect(problems).toEqual([])
})

test('every page in the sitemap renders cleanly (the demo seed included)', async ({ page, problems, request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '')
  expect(urls.length).toBeGreaterThanOrEqual(3)
  await page.goto(pathOf('target', 'nl'))
  const baseline = await executableScripts(page)
  for (const url of urls) {
    const response = await page.goto(new URL(url).pathname)
    expect(response?.status(), url).toBe(200)
    await expect(page.locator('h1'), url).toHaveCount(1)
    expect(inlineStyleAttributes((await response?.text()) ?? ''), url).toEqual([])
    expect(await executableScripts(page), url).toEqual(baseline)
    for (const src of await page.locator('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).currentSrc || (img as HTMLImageElement).src))) {
      if (src) expect((await request.get(src)).status(), src).toBe(200)
    }
  }
  expect(problems).toEqual([])
})
