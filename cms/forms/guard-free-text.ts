import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { freeTextBlockTypes } from './form-blocks'

type Draft = { _status?: string; fields?: { blockType?: string }[] | null; retentionDays?: number | null; freeTextNotice?: string | null }

/**
 * The health-data guard at publication (GDPR Art. 9; our users are therapists): a form with a free-text field is
 * published only with a retention period for its answers and the visible notice never to share information about
 * clients or their health. Drafts may be incomplete; publishing one that is not is refused on the field that is
 * missing (a validation error, so the admin shows it there and nothing is saved).
 */
export const guardFreeText: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  const doc = { ...(originalDoc as Draft | undefined), ...(data as Draft | undefined) }
  if (doc._status !== 'published') return data
  const freeText = (doc.fields ?? []).some((f) => (freeTextBlockTypes as readonly string[]).includes(f.blockType ?? ''))
  if (!freeText) return data
  const errors: { path: string; message: string }[] = []
  if (!(typeof doc.retentionDays === 'number' && doc.retentionDays > 0)) errors.push({ path: 'retentionDays', message: 'A form with a free-text field needs a retention period for its answers before it is published.' })
  if (!doc.freeTextNotice?.trim()) errors.push({ path: 'freeTextNotice', message: 'A form with a free-text field shows the notice never to share information about clients or their health: write it before publishing.' })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
