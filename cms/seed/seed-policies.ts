import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '../../config/locales'
import { cookieSection, recipientsSection, textToLexical } from '../policy'

const here = path.dirname(fileURLToPath(import.meta.url))
const read = (locale: Locale) => {
  const file = path.join(here, `privacy-policy-2021-06-01.${locale}.txt`)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
}
const locales: Locale[] = ['nl', 'fr', 'en']

// The authority the 2021 text names was renamed in 2018; version 2 names it as it is now, per language.
const oldAuthority: Record<Locale, RegExp> = {
  nl: /Commissie voor (de )?bescherming van de persoonlijke levenssfeer/g,
  fr: /Commission (de la|pour la) protection de la vie privée/g,
  en: /Commission for the Protection of Privacy/g,
}
const authority: Record<Locale, string> = {
  nl: 'Gegevensbeschermingsautoriteit (www.gegevensbeschermingsautoriteit.be)',
  fr: 'Autorité de protection des données (www.autoriteprotectiondonnees.be)',
  en: 'Belgian Data Protection Authority (www.dataprotectionauthority.be)',
}
const summaries: Record<Locale, string> = {
  nl: 'We noemen nu elke ontvanger van je gegevens, rechtstreeks uit ons register van verwerkers: ook Resend, dat onze e-mails verstuurt. En we noemen de toezichthouder bij haar huidige naam: de Gegevensbeschermingsautoriteit.',
  fr: 'Nous citons désormais chaque destinataire de vos données, directement depuis notre registre des sous-traitants : y compris Resend, qui envoie nos e-mails. Et nous nommons l’autorité de contrôle par son nom actuel : l’Autorité de protection des données.',
  en: 'We now name every recipient of your data, straight from our register of processors: including Resend, which sends our e-mails. And we name the supervisory authority by its current name: the Data Protection Authority.',
}
const cookieIntro: Record<Locale, string> = {
  nl: 'Cookiebeleid\n\nDit cookiebeleid beschrijft welke cookies myPlugin op deze website gebruikt en waarom.',
  fr: 'Politique en matière de cookies\n\nCette politique décrit les cookies que myPlugin utilise sur ce site et pourquoi.',
  en: 'Cookie policy\n\nThis cookie policy describes which cookies myPlugin uses on this website and why.',
}

const withSections = (text: string, extra: Record<string, unknown>[]) => {
  const doc = textToLexical({ text })
  ;(doc.root.children as Record<string, unknown>[]).push(...extra)
  return doc
}

const createLocalised = async ({ payload, req, data, content, changeSummary }: {
  payload: Payload
  req: PayloadRequest
  data: Record<string, unknown>
  content: Partial<Record<Locale, unknown>>
  changeSummary?: Record<Locale, string>
}) => {
  const created = await payload.create({
    collection: 'policy-versions',
    locale: 'nl',
    data: { ...data, content: content.nl, changeSummary: changeSummary?.nl } as never,
    req,
    overrideAccess: true,
  })
  for (const locale of ['fr', 'en'] as const) {
    if (!content[locale]) continue
    await payload.update({ collection: 'policy-versions', id: created.id, locale, data: { content: content[locale], changeSummary: changeSummary?.[locale] } as never, req, overrideAccess: true })
  }
  return created
}

/**
 * Version 1: the company's 2021 privacy policy, imported faithfully (Dutch prevails; French and English are
 * translations and say so on the site). Cookie policy version 1: generated from the processor registry.
 * Version 2 (draft, major): the 2021 text with the recipients generated from the registry (Resend included) and the
 * authority's current name: publishing it in the admin walks the whole major-change flow.
 */
export const seedPolicies = async ({ payload, req }: { payload: Payload; req: PayloadRequest }): Promise<void> => {
  const texts = Object.fromEntries(locales.map((l) => [l, read(l)])) as Record<Locale, string | undefined>
  if (!texts.nl) throw new Error('cms/seed/privacy-policy-2021-06-01.nl.txt is missing')
  const v1 = await createLocalised({
    payload,
    req,
    data: { kind: 'privacy', versionLabel: '01/06/2021', effectiveDate: '2021-06-01T00:00:00.000Z', materiality: 'minor' },
    content: Object.fromEntries(locales.filter((l) => texts[l]).map((l) => [l, textToLexical({ text: texts[l] as string })])),
  })
  await payload.update({ collection: 'policy-versions', id: v1.id, locale: 'nl', data: { state: 'published' }, req, overrideAccess: true })

  const today = new Date()
  today.setUTCHours(0, 0, 0, 0)
  const cookies = await createLocalised({
    payload,
    req,
    data: { kind: 'cookie', versionLabel: '1', effectiveDate: today.toISOString(), materiality: 'minor' },
    content: Object.fromEntries(locales.map((l) => [l, withSections(cookieIntro[l], cookieSection({ locale: l }))])),
  })
  await payload.update({ collection: 'policy-versions', id: cookies.id, locale: 'nl', data: { state: 'published' }, req, overrideAccess: true })

  await createLocalised({
    payload,
    req,
    data: {
      kind: 'privacy',
      versionLabel: '2',
      effectiveDate: today.toISOString(),
      materiality: 'major',
      noticeDays: 30,
      affectedPurposes: ['analytics', 'marketing', 'newsletter'],
    },
    changeSummary: summaries,
    content: Object.fromEntries(
      locales
        .filter((l) => texts[l])
        .map((l) => [l, withSections((texts[l] as string).replace(oldAuthority[l], authority[l]).replace(/^Versi(e|on) 01\/06\/2021$/m, (m) => m.replace('01/06/2021', '2')), recipientsSection({ locale: l }))]),
    ),
  })
}
