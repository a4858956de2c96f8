import type { CollectionAfterReadHook } from 'payload'

import { canEditContent } from '../access/can-edit-content'

const locales = ['nl', 'fr', 'en'] as const

/**
 * Tells CMS users which languages still lack a title (visitors then see the Dutch fallback). Computed only for
 * signed-in CMS users reading one document, so the public site pays nothing for it.
 */
export const missingTranslations: CollectionAfterReadHook = async ({ doc, req, collection, findMany, context }) => {
  // Its own lookup below reads the same document again: that read must not run this hook (endless recursion).
  if (findMany || context.readingTranslations || !canEditContent({ user: req.user })) return doc
  // A version's content (findVersionByID: the admin's versions view and its restore) carries no id of its own:
  // looking it up would ask the database for id NaN and fail the whole read (a 500).
  if (doc.id === undefined || doc.id === null) return doc
  // Payload's Local API writes the locale it reads in into the shared request: keep the caller's locale.
  const { locale, fallbackLocale } = req
  // find, not findByID: after a delete Payload runs afterRead on a document that no longer exists, and a failing
  // nested operation would roll back the caller's transaction (the delete itself).
  const found = await req.payload
    .find({
      collection: collection.slug as 'pages',
      where: { id: { equals: doc.id } },
      limit: 1,
      pagination: false,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
      // Inside the request's transaction: on create the document exists only there.
      req,
      context: { readingTranslations: true },
      select: { title: true },
    })
    .finally(() => {
      // Payload merges `context` and `locale` into the shared request: restore them for later reads.
      delete req.context.readingTranslations
      req.locale = locale
      req.fallbackLocale = fallbackLocale
    })
  const all = found.docs[0] as unknown as { title?: Partial<Record<(typeof locales)[number], string>> } | undefined
  if (!all) return doc
  const missing = locales.filter((l) => !all.title?.[l])
  return { ...doc, missingTranslations: missing.length ? `Not yet translated: ${missing.join(', ').toUpperCase()} (visitors see the Dutch text)` : '' }
}
