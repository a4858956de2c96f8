import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { toDocumentId } from '../database/to-document-id'

export type ContestTermsVersionView = { versionId: string; versionNumber: number; publishedAt: string }

export type ContestTermsView = ContestTermsVersionView & {
  id: number | string
  title: string
  /** The Lexical state of this language's text (the site renders it). */
  body: unknown
  textHash: string
  /** Every published version, newest first: the permanent address of each is ?version=<versionId>. */
  versions: ContestTermsVersionView[]
  current: boolean
}

/**
 * Published contest terms in one language: the version asked for (an entry's link names the version its entrant
 * accepted, so that page never changes, even once the terms are withdrawn) or the newest. Drafts and unknown ids are
 * undefined.
 */
export const findContestTerms = async ({ payload, id, version, locale }: { payload: Payload; id: unknown; version?: unknown; locale: Locale }): Promise<ContestTermsView | undefined> => {
  const termsId = typeof id === 'string' || typeof id === 'number' ? toDocumentId({ payload, raw: id }) : undefined
  if (termsId === undefined) return undefined
  const published = await payload.findVersions({ collection: 'contest-terms', where: { and: [{ parent: { equals: termsId } }, { 'version._status': { equals: 'published' } }] }, sort: '-updatedAt', pagination: false, depth: 0, locale, overrideAccess: true })
  const versions = published.docs.map((v) => ({ doc: v, view: { versionId: String(v.id), versionNumber: (v.version as { versionNumber?: number | null }).versionNumber ?? 1, publishedAt: v.updatedAt } }))
  // Withdrawn (unpublished) terms have no current version; each version an entrant accepted stays readable as proof.
  const live = (await payload.count({ collection: 'contest-terms', where: { and: [{ id: { equals: termsId } }, { _status: { equals: 'published' } }] }, overrideAccess: true })).totalDocs > 0
  const wanted = typeof version === 'string' ? versions.find((v) => v.view.versionId === version) : live ? versions[0] : undefined
  if (!wanted) return undefined
  const doc = wanted.doc.version as { title?: string; body?: unknown; textHash?: string | null }
  return { id: termsId, title: doc.title ?? '', body: doc.body, textHash: doc.textHash ?? '', ...wanted.view, versions: versions.map((v) => v.view), current: live && wanted === versions[0] }
}
