import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

type Draft = { _status?: string; purpose?: string; fields?: { blockType?: string }[] | null; terms?: unknown; opensAt?: string | null; closesAt?: string | null }

/** Purposes with entrants: their terms, dates and one entry per person. */
export const entryPurposes = ['promotion', 'contest'] as const

/**
 * A promotion or contest is published only when it can be run fairly and proven: terms the entrant accepts (a
 * versioned document), a start and an end (the draw comes after the end), and an e-mail field, since one entry per
 * person needs to know the person and winners must be told. Drafts may be incomplete.
 */
export const guardContest: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  const doc = { ...(originalDoc as Draft | undefined), ...(data as Draft | undefined) }
  if (doc._status !== 'published' || !(entryPurposes as readonly string[]).includes(doc.purpose ?? '')) return data
  const errors: { path: string; message: string }[] = []
  const termsId = typeof doc.terms === 'object' && doc.terms !== null ? (doc.terms as { id?: unknown }).id : doc.terms
  if (termsId === undefined || termsId === null || termsId === '') errors.push({ path: 'terms', message: 'A promotion or contest needs its terms before it is published: choose or write them under Contest terms.' })
  if (!doc.opensAt) errors.push({ path: 'opensAt', message: 'A promotion or contest needs a start date before it is published.' })
  if (!doc.closesAt) errors.push({ path: 'closesAt', message: 'A promotion or contest needs an end date before it is published (the draw comes after it).' })
  else if (doc.opensAt && new Date(doc.closesAt) <= new Date(doc.opensAt)) errors.push({ path: 'closesAt', message: 'The end date must come after the start date.' })
  if (!(doc.fields ?? []).some((f) => f.blockType === 'email')) errors.push({ path: 'fields', message: 'A promotion or contest needs an e-mail field: one entry per person, and winners are told by mail.' })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
