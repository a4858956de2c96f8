import type { Payload } from 'payload'

export type PolicyReference = { id: string; versionLabel: string; hashes: Partial<Record<'nl' | 'fr' | 'en', string>> }

/**
 * The policy version in force now (published, effective date reached), with the hash of each language's text:
 * every consent record stores these, so it always points at the exact text the person saw.
 */
export const currentPolicyVersion = async ({ payload, kind = 'privacy', now = new Date() }: { payload: Payload; kind?: 'privacy' | 'cookie'; now?: Date }): Promise<PolicyReference | undefined> => {
  const found = await payload.find({
    collection: 'policy-versions',
    where: { and: [{ kind: { equals: kind } }, { state: { equals: 'published' } }, { effectiveDate: { less_than_equal: now.toISOString() } }] },
    // Two versions effective the same day: the later publication is in force.
    sort: ['-effectiveDate', '-publishedAt'],
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { versionLabel: true, hashes: true },
  })
  const doc = found.docs[0]
  if (!doc) return undefined
  const hashes = Object.fromEntries(Object.entries(doc.hashes ?? {}).filter(([, v]) => typeof v === 'string')) as PolicyReference['hashes']
  return { id: String(doc.id), versionLabel: doc.versionLabel, hashes }
}
