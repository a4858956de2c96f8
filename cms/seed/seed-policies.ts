import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload, PayloadRequest } from 'payload'

import { textToLexical } from '../policy/text-to-lexical'

const here = path.dirname(fileURLToPath(import.meta.url))
const read = (locale: 'nl' | 'fr' | 'en') => {
  const file = path.join(here, `privacy-policy-2021-06-01.${locale}.txt`)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
}

/**
 * The first published privacy policy: the company's 2021 text, imported faithfully (Dutch prevails; French and English
 * are translations and say so on the site).
 */
export const seedPolicies = async ({ payload, req }: { payload: Payload; req: PayloadRequest }): Promise<void> => {
  const nl = read('nl')
  if (!nl) throw new Error('cms/seed/privacy-policy-2021-06-01.nl.txt is missing')
  const created = await payload.create({
    collection: 'policy-versions',
    locale: 'nl',
    data: { kind: 'privacy', versionLabel: '01/06/2021', effectiveDate: '2021-06-01T00:00:00.000Z', materiality: 'minor', content: textToLexical({ text: nl }) } as never,
    req,
    overrideAccess: true,
  })
  for (const locale of ['fr', 'en'] as const) {
    const text = read(locale)
    if (text) await payload.update({ collection: 'policy-versions', id: created.id, locale, data: { content: textToLexical({ text }) as never }, req, overrideAccess: true })
  }
  await payload.update({ collection: 'policy-versions', id: created.id, locale: 'nl', data: { state: 'published' }, req, overrideAccess: true })
}
