import type { CollectionAfterReadHook } from 'payload'

import { hasRole } from '../access/has-role'

const locales = ['nl', 'fr', 'en'] as const

/**
 * Tells CMS users which languages still lack a title (visitors then see the Dutch fallback). Computed only for
 * signed-in CMS users reading one document, so the public site pays nothing for it.
 */
export const missingTranslations: CollectionAfterReadHook = async ({ doc, req, collection, findMany }) => {
  if (findMany || !hasRole({ user: req.user, roles: ['admin', 'marketer', 'editor'] })) return doc
  const all = (await req.payload.findByID({
    collection: collection.slug as 'pages',
    id: doc.id,
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
    select: { title: true },
  })) as unknown as { title?: Partial<Record<(typeof locales)[number], string>> }
  const missing = locales.filter((l) => !all.title?.[l])
  return { ...doc, missingTranslations: missing.length ? `Not yet translated: ${missing.join(', ').toUpperCase()} (visitors see the Dutch text)` : '' }
}
