import { randomBytes } from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { EnvError } from '../../config/env-error'
import { locales } from '../../config/locales'
import { describeError } from '../errors'
import { passwordProblem } from '../users'
import { demoImage } from './demo-image'
import { demoContactForm, demoPages } from './demo-pages'
import { seedDemoCampaign } from './seed-demo-campaign'
import { seedDemoContest } from './seed-demo-contest'
import { seedDemoForm } from './seed-demo-form'
import { seedDemoWebinars } from './seed-demo-webinars'
import { seedNewsletters } from './seed-newsletters'
import { seedPolicies } from './seed-policies'
import { withIds } from './with-ids'

export type SeedResult = { seededContent: boolean; admin?: { email: string; generatedPassword?: string } }

const alt = { nl: 'Een videogesprek met chat naast elkaar', fr: 'Un appel vidéo avec le chat à côté', en: 'A video call with the chat beside it' }

const seedContent = async ({ payload, req }: { payload: Payload; req: PayloadRequest }) => {
  await seedPolicies({ payload, req })
  const png = await demoImage()
  const image = await payload.create({
    collection: 'media',
    locale: 'nl',
    data: { alt: alt.nl },
    file: { data: png, mimetype: 'image/png', name: 'myplugin-consultatie.png', size: png.length },
    req,
    overrideAccess: true,
  })
  for (const locale of ['fr', 'en'] as const) {
    await payload.update({ collection: 'media', id: image.id, locale, data: { alt: alt[locale] }, req, overrideAccess: true })
  }

  const contactForm = await seedDemoForm({ payload, req })
  await seedDemoContest({ payload, req })
  const ids: Record<string, number | string> = {}
  for (const page of demoPages) {
    const fill = (content: Record<string, unknown>) => ({
      ...content,
      layout: (content.layout as Record<string, unknown>[]).map((b) => (b.blockType === 'media' ? { ...b, media: image.id } : b.blockType === 'formBlock' && b.form === demoContactForm ? { ...b, form: contactForm } : b)),
      _status: 'published',
    })
    const created = await payload.create({ collection: 'pages', locale: 'nl', data: fill(page.content('nl')) as never, req, overrideAccess: true })
    ids[page.key] = created.id
    const stored = await payload.findByID({ collection: 'pages', id: created.id, locale: 'nl', depth: 0, req, overrideAccess: true })
    for (const locale of ['fr', 'en'] as const) {
      const translated = fill(page.content(locale))
      await payload.update({
        collection: 'pages',
        id: created.id,
        locale,
        data: { ...translated, layout: withIds(stored.layout, translated.layout) } as never,
        req,
        overrideAccess: true,
      })
    }
  }

  const pageLink = (key: string, label: Record<(typeof locales)[number], string>) => ({ link: { type: 'page', page: ids[key], label } })
  const labels = {
    pro: { nl: 'Voor hulpverleners', fr: 'Pour les professionnels', en: 'For professionals' },
    how: { nl: 'Hoe het werkt', fr: 'Comment ça marche', en: 'How it works' },
    pricing: { nl: 'Prijzen', fr: 'Tarifs', en: 'Pricing' },
    about: { nl: 'Over ons', fr: 'À propos', en: 'About' },
    contact: { nl: 'Contact', fr: 'Contact', en: 'Contact' },
  }
  const navItems = [
    { ...pageLink('pro', labels.pro), children: [pageLink('how', labels.how)] },
    { ...pageLink('pricing', labels.pricing), children: [] },
    { ...pageLink('about', labels.about), children: [pageLink('contact', labels.contact)] },
  ]
  const footerLinks = [pageLink('about', labels.about), pageLink('contact', labels.contact)]
  const cookieLabel = { nl: 'Cookie-instellingen', fr: 'Paramètres des cookies', en: 'Cookie settings' }
  const dpa = { nl: 'Gegevensbeschermingsautoriteit', fr: 'Autorité de protection des données', en: 'Data Protection Authority' }
  const seoDescription = {
    nl: 'Veilige video- en chatconsultaties voor therapeuten, coaches en psychologen.',
    fr: 'Consultations vidéo et chat sécurisées pour thérapeutes, coachs et psychologues.',
    en: 'Secure video and chat consultations for therapists, coaches and psychologists.',
  }
  let navStored: unknown
  let footerStored: unknown
  for (const locale of locales) {
    const pick = <T extends Record<string, unknown>>(items: T[]) =>
      JSON.parse(JSON.stringify(items), (key, value) => (value && typeof value === 'object' && 'nl' in value && 'fr' in value ? value[locale] : value))
    const nav = await payload.updateGlobal({
      slug: 'navigation',
      locale,
      data: { items: navStored ? withIds(navStored, pick(navItems)) : pick(navItems) } as never,
      req,
      overrideAccess: true,
    })
    navStored ??= nav.items
    const footer = await payload.updateGlobal({
      slug: 'footer',
      locale,
      data: { links: footerStored ? withIds(footerStored, pick(footerLinks)) : pick(footerLinks), cookieSettingsLabel: cookieLabel[locale] } as never,
      req,
      overrideAccess: true,
    })
    footerStored ??= footer.links
    await payload.updateGlobal({
      slug: 'organisation',
      locale,
      data: { dataProtectionAuthority: { name: dpa[locale], url: 'https://www.gegevensbeschermingsautoriteit.be' } } as never,
      req,
      overrideAccess: true,
    })
    await payload.updateGlobal({ slug: 'seo-defaults', locale, data: { description: seoDescription[locale], shareImage: image.id } as never, req, overrideAccess: true })
  }
}

/**
 * Fills an empty database with demo content and a first admin. Idempotent: it only writes into an empty database,
 * and everything it writes is in one transaction, so an interrupted seed leaves nothing half-made.
 */
export const seedDemo = async ({
  payload,
  adminEmail,
  adminPassword,
}: {
  payload: Payload
  adminEmail?: string
  adminPassword?: string
}): Promise<SeedResult> => {
  const result: SeedResult = { seededContent: false }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const users = await payload.count({ collection: 'users', req, overrideAccess: true })
    if (users.totalDocs === 0) {
      const email = adminEmail ?? 'admin@example.com'
      // A weak SEED_ADMIN_PASSWORD would fail the users' password policy deep in the seed; say so as a configuration
      // problem instead, naming the variable.
      const problem = adminPassword ? passwordProblem({ password: adminPassword, userInputs: [email] }) : undefined
      if (problem) throw new EnvError([`SEED_ADMIN_PASSWORD: ${describeError({ ...problem, locale: 'en' }).message}`])
      const generatedPassword = adminPassword ? undefined : randomBytes(12).toString('base64url')
      await payload.create({
        collection: 'users',
        data: { email, password: adminPassword ?? generatedPassword, name: 'Demo admin', roles: ['admin'] },
        req,
        overrideAccess: true,
      })
      result.admin = { email, generatedPassword }
    }
    const pages = await payload.count({ collection: 'pages', req, overrideAccess: true })
    await seedNewsletters({ payload, req })
    if (pages.totalDocs === 0) {
      await seedContent({ payload, req })
      await seedDemoCampaign({ payload, req, siteUrl: payload.config.serverURL })
      await seedDemoWebinars({ payload, req })
      result.seededContent = true
    }
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
