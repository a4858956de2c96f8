import { createHash } from 'node:crypto'

/** The fields a ledger record's hash covers (subject by digest only, so erasure can blank the subject, not the chain). */
export type ChainedFields = {
  sequence: number
  subjectDigest: string
  source: string
  action: string
  granted: string[]
  refused: string[]
  policyVersion: string
  policyHash: string
  wordingId: string
  wordingHash: string
  locale: string
  ipTruncated: string
  browserFamily: string
  recordedAt: string
  previousHash: string
}

const stable = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

export const recordHash = (fields: ChainedFields): string => createHash('sha256').update(stable(fields), 'utf8').digest('hex')

export const subjectDigest = ({ subjectRef }: { subjectRef: string }): string => createHash('sha256').update(`subject:${subjectRef}`, 'utf8').digest('hex')

export const genesisHash = '0'.repeat(64)
