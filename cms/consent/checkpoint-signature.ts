import { createHmac, hkdfSync } from 'node:crypto'

const keys = new Map<string, Buffer>()

/**
 * The signature of a ledger checkpoint: HMAC-SHA256 over the head's sequence, hash and time, with a key derived from
 * the application secret (PAYLOAD_SECRET, never stored in the database). Someone who can rewrite the database can
 * recompute every record hash, but not this: a truncated or rewritten chain no longer matches its checkpoints.
 */
export const checkpointSignature = ({ secret, sequence, headHash, at }: { secret: string; sequence: number; headHash: string; at: string }): string => {
  let key = keys.get(secret)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'myplugin-consent-ledger', 'checkpoint-v1', 32))
    keys.set(secret, key)
  }
  return createHmac('sha256', key).update(`${sequence}\n${headHash}\n${at}`, 'utf8').digest('hex')
}
