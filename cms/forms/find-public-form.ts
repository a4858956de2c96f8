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
  /** A promotion's or contest's terms in force: the entrant accepts this version, and the entry records it. */
  terms?: PublicTerms
  /** Promotions and contests: when entries close (entrants are kept until then, or the draw, plus retention). */
  closesAt?: string
}

export type PublicTerms = { id: number | string; versionId: string; versionNumber: number; textHash: string; title: string }

/** How long a page left open may still be answered as it was shown after the form changed. */
const answerableFor = 24 * 3_600_000

/**
 * An earlier published version of this form, as a visitor whose page was loaded before the marketer's last change
 * saw it: their answers are checked against the fields they saw and the submission records that version. Only
 * versions replaced in the last day; an older or unknown one is ignored and the current version counts.
 */
const findAnsweredVersion = async ({ payload, formId, versionId, locale, now }: { payload: Payload; formId: number | string; versionId: unknown; locale: Locale; now: Date }) => {
  if (typeof versionId !== 'string' || !/^[A-Za-z0-9]{1,32}$/.test(versionId)) return undefined
  const id = toDocumentId({ payload, raw: versionId })
  if (id === undefined) return undefined
  const version = (
    await payload.findVersions({
      collection: 'forms',
      where: { and: [{ id: { equals: id } }, { parent: { equals: formId } }, { 'version._status': { equals: 'published' } }] },
      limit: 1,
      depth: 0,
      locale,
      overrideAccess: true,
    })
  ).docs[0]
  if (!version) return undefined
  // When it stopped being the one shown: the first publication after it.
  const successor = (
    await payload.findVersions({ collection: 'forms', where: { and: [{ parent: { equals: formId } }, { 'version._status': { equals: 'published' } }, { updatedAt: { greater_than: version.updatedAt } }] }, sort: 'updatedAt', limit: 1, depth: 0, overrideAccess: true, select: {} })
  ).docs[0]
  if (successor && now.getTime() - new Date(successor.updatedAt).getTime() > answerableFor) return undefined
  const doc = version.version as Pick<Form, 'title' | 'fields'>
  return { id: version.id, title: doc.title, fields: doc.fields ?? [] }
}

/** The published version of a promotion's terms in this language, or undefined when none is published. */
const findPublicTerms = async ({ payload, terms, locale }: { payload: Payload; terms: unknown; locale: Locale }): Promise<PublicTerms | undefined> => {
  const termsId = typeof terms === 'object' && terms !== null ? (terms as { id?: number | string }).id : (terms as number | string | null | undefined)
  if (termsId === undefined || termsId === null) return undefined
  // Unpublished terms keep their published versions in the history; they are withdrawn all the same.
  if ((await payload.count({ collection: 'contest-terms', where: { and: [{ id: { equals: termsId } }, { _status: { equals: 'published' } }] }, overrideAccess: true })).totalDocs === 0) return undefined
  const version = (
    await payload.findVersions({ collection: 'contest-terms', where: { and: [{ parent: { equals: termsId } }, { 'version._status': { equals: 'published' } }] }, sort: '-updatedAt', limit: 1, depth: 0, locale, overrideAccess: true })
  ).docs[0]
  if (!version) return undefined
  const doc = version.version as { title?: string; versionNumber?: number | null; textHash?: string | null }
  return { id: termsId, versionId: String(version.id), versionNumber: doc.versionNumber ?? 1, textHash: doc.textHash ?? '', title: doc.title ?? '' }
}

/**
 * The published form with this id in the page's language (labels fall back to Dutch as pages do), with the version
 * it was read from and whether it takes submissions now. Undefined for an unknown, unpublished or malformed id.
 */
export const findPublicForm = async ({
  payload,
  id,
  locale,
  answering,
  now = new Date(),
}: {
  payload: Payload
  id: unknown
  locale: Locale
  /** The version the visitor's page showed (its hidden field): answers are checked against it while it is recent. */
  answering?: unknown
  now?: Date
}): Promise<PublicForm | undefined> => {
  const formId = typeof id === 'string' || typeof id === 'number' ? toDocumentId({ payload, raw: id }) : undefined
  if (formId === undefined) return undefined
  const form = (await payload.find({ collection: 'forms', where: { and: [{ id: { equals: formId } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 1, draft: false, locale, overrideAccess: true })).docs[0]
  if (!form) return undefined
  const latest = (await payload.findVersions({ collection: 'forms', where: { and: [{ parent: { equals: formId } }, { 'version._status': { equals: 'published' } }] }, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, select: {} })).docs[0]
  const shown = answering !== undefined && String(answering) !== String(latest?.id) ? await findAnsweredVersion({ payload, formId, versionId: answering, locale, now }) : undefined
  const version = shown ?? latest
  const fields = (shown?.fields ?? form.fields ?? []).map((f) => ({ ...f, helpText: f.helpText ?? null }) as unknown as FormField & { helpText?: string | null })
  const list = typeof form.newsletterList === 'object' && form.newsletterList ? form.newsletterList : undefined
  const texts = formConsentTexts({ locale, listName: list?.name ?? '' })
  const terms = form.purpose === 'promotion' || form.purpose === 'contest' ? await findPublicTerms({ payload, terms: form.terms, locale }) : undefined
  const state = form.opensAt && now < new Date(form.opensAt) ? 'not-yet' : form.closesAt && now >= new Date(form.closesAt) ? 'closed' : 'open'
  return {
    id: form.id,
    versionId: String(version?.id ?? ''),
    title: shown?.title ?? form.title,
    purpose: form.purpose,
    fields,
    ...(fields.some(isFreeText) ? { freeTextNotice: form.freeTextNotice?.trim() || defaultFreeTextNotice[locale] } : {}),
    consents: { ...(list ? { newsletter: { list: list.key, text: texts.newsletter } } : {}), ...(form.crmFollowUp ? { crm: { text: texts.crm } } : {}) },
    ...(form.submitLabel ? { submitLabel: form.submitLabel } : {}),
    confirmation: form.confirmationType === 'redirect' && form.redirectPath ? { type: 'redirect', path: form.redirectPath } : { type: 'message', ...(form.confirmationMessage ? { message: form.confirmationMessage } : {}) },
    // Terms unpublished since the form was: nobody can accept them, so nobody can enter.
    state: (form.purpose === 'promotion' || form.purpose === 'contest') && !terms ? 'closed' : state,
    retentionDays: form.retentionDays ?? 90,
    ...(terms ? { terms } : {}),
    ...(form.closesAt ? { closesAt: form.closesAt } : {}),
  }
}
