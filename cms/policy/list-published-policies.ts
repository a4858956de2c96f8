import type { Payload } from 'payload'

import type { PolicyKind } from './policy-summary'

export type PublishedPolicy = { id: string; kind: PolicyKind; updatedAt: string }

/** Every published version of every policy, oldest effective date first, with when it last changed (for the sitemap). */
export const listPublishedPolicies = async ({ payload }: { payload: Payload }): Promise<PublishedPolicy[]> => {
  const found = await payload.find({
    collection: 'policy-versions',
    where: { state: { equals: 'published' } },
    sort: 'effectiveDate',
    depth: 0,
    pagination: false,
    select: { kind: true, publishedAt: true, updatedAt: true },
    overrideAccess: false,
  })
  return found.docs.map((d) => ({ id: String(d.id), kind: d.kind, updatedAt: d.publishedAt ?? d.updatedAt }))
}
