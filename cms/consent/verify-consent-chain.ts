import type { Payload } from 'payload'

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

/** Walks the ledger in order and reports the first record whose content or link to its predecessor does not hold. */
export const verifyConsentChain = async ({ payload }: { payload: Payload }): Promise<ChainReport> => {
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
      checked++
    }
    if (!batch.hasNextPage) return { ok: true, checked }
  }
}
