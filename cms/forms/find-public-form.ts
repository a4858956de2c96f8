import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { toDocumentId } from '../database/to-document-id'
import type { Form } from '../payload-types'
import { defaultFreeTextNotice } from './default-free-text-notice'
import { formConsentTexts } from './form-consent-texts'
import type { FormField } from './form-field'
import { isFreeText } from './form-field'

/** A published form as the site shows it, in one language, without what the public may not read (routing). */
export type PublicForm = {
  id: number | string
  /** The published version this view was read from: a submission records it. */
  versionId: string
  title: string
  purpose: Form['purpose']
  fields: (FormField & { helpText?: string | null })[]
  /** Shown above the fields when one of them is free text. */
  freeTextNotice?: string
  consents: { newsletter?: { list: string; text: string }; crm?: { text: string } }
  submitLabel?: string
  confirmation: { type: 'message'; message?: string } | { type: 'redirect'; path: string }
  state: 'open' | 'not-yet' | 'closed'
  retentionDays: number
}

/**
 * The published form with this id in the page's language (labels fall back to Dutch as pages do), with the version
 * it was read from and whether it takes submissions now. Undefined for an unknown, unpublished or malformed id.
 */
export const findPublicForm = async ({ payload, id, locale, now = new Date() }: { payload: Payload; id: unknown; locale: Locale; now?: Date }): Promise<PublicForm | undefined> => {
  const formId = typeof id === 'string' || typeof id === 'number' ? toDocumentId({ payload, raw: id }) : undefined
  if (formId === undefined) return undefined
  const form = (await payload.find({ collection: 'forms', where: { and: [{ id: { equals: formId } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 1, draft: false, locale, overrideAccess: true })).docs[0]
  if (!form) return undefined
  const version = (await payload.findVersions({ collection: 'forms', where: { and: [{ parent: { equals: formId } }, { 'version._status': { equals: 'published' } }] }, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, select: {} })).docs[0]
  const fields = (form.fields ?? []).map((f) => ({ ...f, helpText: f.helpText ?? null }) as unknown as FormField & { helpText?: string | null })
  const list = typeof form.newsletterList === 'object' && form.newsletterList ? form.newsletterList : undefined
  const texts = formConsentTexts({ locale, listName: list?.name ?? '' })
  const state = form.opensAt && now < new Date(form.opensAt) ? 'not-yet' : form.closesAt && now >= new Date(form.closesAt) ? 'closed' : 'open'
  return {
    id: form.id,
    versionId: String(version?.id ?? ''),
    title: form.title,
    purpose: form.purpose,
    fields,
    ...(fields.some(isFreeText) ? { freeTextNotice: form.freeTextNotice?.trim() || defaultFreeTextNotice[locale] } : {}),
    consents: { ...(list ? { newsletter: { list: list.key, text: texts.newsletter } } : {}), ...(form.crmFollowUp ? { crm: { text: texts.crm } } : {}) },
    ...(form.submitLabel ? { submitLabel: form.submitLabel } : {}),
    confirmation: form.confirmationType === 'redirect' && form.redirectPath ? { type: 'redirect', path: form.redirectPath } : { type: 'message', ...(form.confirmationMessage ? { message: form.confirmationMessage } : {}) },
    state,
    retentionDays: form.retentionDays ?? 90,
  }
}
