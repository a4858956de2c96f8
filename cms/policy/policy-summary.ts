import { locales, type Locale } from '../../config/locales'
import type { PolicyVersion } from '../payload-types'

export type PolicyKind = PolicyVersion['kind']

/** A published version as the archive lists it. */
export type PolicyVersionSummary = {
  id: string
  kind: PolicyKind
  versionLabel: string
  effectiveDate: string
  publishedAt: string
  materiality: PolicyVersion['materiality']
  changeSummary?: string
  /** The languages this version was published in (a hash exists for each). */
  languages: Locale[]
}

export type PublishedPolicyDoc = Pick<PolicyVersion, 'id' | 'kind' | 'versionLabel' | 'effectiveDate' | 'publishedAt' | 'materiality' | 'changeSummary' | 'hashes' | 'noticeUntil'>

/** The fields a summary needs: public reads select only these. */
export const policySummaryFields = {
  kind: true,
  versionLabel: true,
  effectiveDate: true,
  publishedAt: true,
  materiality: true,
  changeSummary: true,
  hashes: true,
  noticeUntil: true,
} as const

/** The languages a version was published in: those with a hash of their text. */
export const policyLanguages = (hashes: PolicyVersion['hashes']): Locale[] => locales.filter((l) => typeof hashes?.[l] === 'string' && hashes[l] !== '')

export const toPolicySummary = (doc: PublishedPolicyDoc): PolicyVersionSummary => ({
  id: String(doc.id),
  kind: doc.kind,
  versionLabel: doc.versionLabel,
  effectiveDate: doc.effectiveDate,
  publishedAt: doc.publishedAt ?? doc.effectiveDate,
  materiality: doc.materiality,
  changeSummary: doc.changeSummary?.trim() || undefined,
  languages: policyLanguages(doc.hashes),
})
