import type { Payload } from 'payload'

export type ListSummary = { id: string | number; key: string; visibility: 'public' | 'private'; defaultForNew: boolean; name: string; description: string }

/** Every list (there are a handful), with its name and description in the given language (Dutch as fallback). */
export const loadLists = async ({ payload, locale = 'nl', publicOnly = false }: { payload: Payload; locale?: 'nl' | 'fr' | 'en'; publicOnly?: boolean }): Promise<ListSummary[]> => {
  const found = await payload.find({
    collection: 'newsletter-lists',
    where: publicOnly ? { visibility: { equals: 'public' } } : {},
    locale,
    fallbackLocale: 'nl',
    limit: 100,
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
  })
  return found.docs.map((l) => ({
    id: l.id,
    key: l.key,
    visibility: l.visibility,
    defaultForNew: Boolean(l.defaultForNew),
    name: l.name ?? l.key,
    description: l.description ?? '',
  }))
}
