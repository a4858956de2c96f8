import type { Payload } from 'payload'

import { checkConsentCheckpoints, type Checkpoint } from './check-consent-checkpoints'
import { genesisHash, recordHash, type ChainedFields } from './record-hash'

export type ChainReport = { ok: boolean; checked: number; firstBroken?: { sequence: number; id: string; reason: string } }

const fieldsOf = (doc: Record<string, unknown>): ChainedFields => ({
  sequence: Number(doc.sequence),
  subjectDigest: String(doc.subjectDigest ?? ''),
  source: String(doc.source ?? ''),
  action: String(doc.action ?? ''),
  granted: (doc.granted as string[]) ?? [],
  refused: (doc.refused as string[]) ?? [],
  policyVersion: String(doc.policyVersion ?? ''),
  policyHash: String(doc.policyHash ?? ''),
  wordingId: String(doc.wordingId ?? ''),
  wordingHash: String(doc.wordingHash ?? ''),
  locale: String(doc.locale ?? ''),
  ipTruncated: String(doc.ipTruncated ?? ''),
  browserFamily: String(doc.browserFamily ?? ''),
  recordedAt: new Date(String(doc.recordedAt)).toISOString(),
  previousHash: String(doc.previousHash ?? ''),
})

/**
 * Walks the ledger in order and reports the first record whose content or link to its predecessor does not hold;
 * then checks the signed checkpoints (check-consent-checkpoints.ts), which catch what hashes alone cannot: the newest
 * records cut off, or the whole chain rewritten with recomputed hashes.
 */
export const verifyConsentChain = async ({ payload }: { payload: Payload }): Promise<ChainReport> => {
  const checkpoints = (await payload.find({ collection: 'consent-checkpoints', sort: 'sequence', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs as unknown as Checkpoint[]
  const vouched = new Set(checkpoints.map((c) => Number(c.sequence)))
  // Only the hashes checkpoints speak of are kept: the walk stays flat in memory however long the ledger grows.
  const hashes = new Map<number, string>()
  let previous = { sequence: 0, hash: genesisHash }
  let checked = 0
  for (let page = 1; ; page++) {
    const batch = await payload.find({ collection: 'consent-records', sort: 'sequence', limit: 500, page, depth: 0, overrideAccess: true })
    for (const raw of batch.docs) {
      const doc = raw as unknown as Record<string, unknown>
      const fields = fieldsOf(doc)
      const broken = (reason: string): ChainReport => ({ ok: false, checked, firstBroken: { sequence: fields.sequence, id: String(doc.id), reason } })
      if (fields.sequence !== previous.sequence + 1) return broken(`sequence ${fields.sequence} follows ${previous.sequence}: a record is missing`)
      if (fields.previousHash !== previous.hash) return broken('does not point at the hash of the record before it')
      if (recordHash(fields) !== doc.hash) return broken('its content does not match its hash (changed after it was written)')
      previous = { sequence: fields.sequence, hash: String(doc.hash) }
      if (vouched.has(fields.sequence)) hashes.set(fields.sequence, previous.hash)
      checked++
    }
    if (!batch.hasNextPage) {
      const problem = checkConsentCheckpoints({ secret: payload.secret, checkpoints: checkpoints.map((c) => ({ ...c, sequence: Number(c.sequence) })), hashOf: (n) => hashes.get(n), lastSequence: previous.sequence })
      return problem ? { ok: false, checked, firstBroken: problem } : { ok: true, checked }
    }
  }
}
