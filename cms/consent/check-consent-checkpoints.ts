import { checkpointSignature } from './checkpoint-signature'

export type Checkpoint = { id: string | number; sequence: number; headHash: string; at: string; signature: string }
export type CheckpointProblem = { sequence: number; id: string; reason: string }

/**
 * The first checkpoint the ledger no longer matches, given the hash of each record it holds: a forged checkpoint,
 * a record a checkpoint vouched for that is gone (the newest records were cut off) or whose hash changed (the chain
 * was rewritten and its hashes recomputed). Undefined when every checkpoint holds.
 */
export const checkConsentCheckpoints = ({
  secret,
  checkpoints,
  hashOf,
  lastSequence,
}: {
  secret: string
  checkpoints: Checkpoint[]
  hashOf: (sequence: number) => string | undefined
  lastSequence: number
}): CheckpointProblem | undefined => {
  for (const c of checkpoints) {
    const at = new Date(c.at).toISOString()
    const problem = (reason: string): CheckpointProblem => ({ sequence: c.sequence, id: String(c.id), reason })
    if (checkpointSignature({ secret, sequence: c.sequence, headHash: c.headHash, at }) !== c.signature) {
      return problem(`the checkpoint of ${at} for record #${c.sequence} is not signed with this site's key (forged)`)
    }
    const hash = hashOf(c.sequence)
    if (hash === undefined) return problem(`record #${c.sequence}, signed at ${at}, is missing: the ledger ends at #${lastSequence} (records were cut off)`)
    if (hash !== c.headHash) return problem(`record #${c.sequence} differs from the one signed at ${at} (the chain was rewritten)`)
  }
  return undefined
}
