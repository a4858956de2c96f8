import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '../../config/locales'
import { policySummaryFields, toPolicySummary, type PolicyKind, type PolicyVersionSummary, type PublishedPolicyDoc } from './policy-summary'

/** Every published version of a policy, newest effective date first (read as the public: drafts are invisible). */
export const listPolicyVersions = async ({ payload, kind, locale }: { payload: Payload; kind: PolicyKind; locale: Locale }): Promise<PolicyVersionSummary[]> => {
  const found = await payload.find({
    collection: 'policy-versions',
    where: { and: [{ kind: { equals: kind } }, { state: { equals: 'published' } }] },
    sort: ['-effectiveDate', '-publishedAt'],
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
    pagination: false,
    select: policySummaryFields,
    overrideAccess: false,
  })
  return (found.docs as unknown as PublishedPolicyDoc[]).map(toPolicySummary)
}
