import type { Payload } from 'payload'

import { checkpointSignature } from './checkpoint-signature'

/** Every this many records the ledger signs its head on its own (besides at every export). */
export const checkpointEvery = 50

/** Signs the ledger's current head (nothing to sign in an empty ledger). */
export const writeConsentCheckpoint = async ({ payload, reason }: { payload: Payload; reason: 'periodic' | 'export' }): Promise<void> => {
  const head = (await payload.find({ collection: 'consent-records', sort: '-sequence', limit: 1, depth: 0, overrideAccess: true, select: { sequence: true, hash: true } })).docs[0]
  if (!head) return
  const at = new Date().toISOString()
  const sequence = Number(head.sequence)
  await payload.create({
    collection: 'consent-checkpoints',
    overrideAccess: true,
    depth: 0,
    context: { checkpointWrite: true },
    data: { sequence, headHash: head.hash, at, reason, signature: checkpointSignature({ secret: payload.secret, sequence, headHash: head.hash, at }) },
  })
}
