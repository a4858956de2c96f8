import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '../../config/locales'
import { policySummaryFields, type PolicyKind, type PublishedPolicyDoc } from './policy-summary'

export type PolicyNotice = { id: string; kind: PolicyKind; versionLabel: string; summary?: string; until: string }

/** The latest major version whose notice period runs now (also before it takes effect: it announces it). */
export const findPolicyNotice = async ({ payload, locale, now = new Date() }: { payload: Payload; locale: Locale; now?: Date }): Promise<PolicyNotice | undefined> => {
  const found = await payload.find({
    collection: 'policy-versions',
    where: {
      and: [{ state: { equals: 'published' } }, { materiality: { equals: 'major' } }, { noticeUntil: { greater_than: now.toISOString() } }],
    },
    sort: ['-publishedAt'],
    limit: 1,
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
    select: policySummaryFields,
    overrideAccess: false,
  })
  const doc = found.docs[0] as unknown as PublishedPolicyDoc | undefined
  if (!doc?.noticeUntil) return undefined
  return { id: String(doc.id), kind: doc.kind, versionLabel: doc.versionLabel, summary: doc.changeSummary?.trim() || undefined, until: doc.noticeUntil }
}
