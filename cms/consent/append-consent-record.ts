import type { Payload } from 'payload'

import { browserFamily } from './browser-family'
import { genesisHash, recordHash, subjectDigest, type ChainedFields } from './record-hash'
import { truncateIp } from './truncate-ip'
import { checkpointEvery, writeConsentCheckpoint } from './write-consent-checkpoint'

export type ConsentSource = 'banner' | 'newsletter' | 'webinar' | 'trial' | 'form' | 'preference-center' | 'crm'

export type ConsentInput = {
  subjectRef: string
  /** The contact the record is about, stored as a link beside the hashed content (not part of the chain). */
  contact?: string | number
  source: ConsentSource
  action: 'given' | 'withdrawn' | 'updated'
  granted: string[]
  refused: string[]
  policy: { id: string; hash: string }
  wording: { id: string; hash: string }
  locale: string
  ip?: string
  userAgent?: string
  /** A client-made id of this event: the same event posted twice is recorded once (replays are refused). */
  eventId?: string
}

const isUniqueViolation = (error: unknown) => {
  const e = error as { message?: string; data?: { errors?: { message?: string }[] } }
  return /unique|duplicate|E11000/i.test([e?.message, ...(e?.data?.errors ?? []).map((x) => x.message)].join(' '))
}

// Appends from this process take turns (each must read the record before it); other processes are handled by retries.
let queue: Promise<unknown> = Promise.resolve()

/**
 * Appends one record to the consent ledger: never updated, never deleted, each record carrying its predecessor's
 * hash. Two instances appending at once both read the same last record; the unique sequence lets only one win, and
 * the other retries on top of it.
 */
export const appendConsentRecord = ({ payload, input }: { payload: Payload; input: ConsentInput }) => {
  const turn = queue.then(() => append({ payload, input }))
  queue = turn.catch(() => undefined)
  return turn
}

const append = async ({ payload, input }: { payload: Payload; input: ConsentInput }) => {
  for (let attempt = 0; attempt < 20; attempt++) {
    const last = (
      await payload.find({ collection: 'consent-records', sort: '-sequence', limit: 1, depth: 0, overrideAccess: true, select: { sequence: true, hash: true } })
    ).docs[0]
    const fields: ChainedFields = {
      sequence: (last?.sequence ?? 0) + 1,
      subjectDigest: subjectDigest({ subjectRef: input.subjectRef }),
      source: input.source,
      action: input.action,
      granted: [...input.granted].sort(),
      refused: [...input.refused].sort(),
      policyVersion: input.policy.id,
      policyHash: input.policy.hash,
      wordingId: input.wording.id,
      wordingHash: input.wording.hash,
      locale: input.locale,
      ipTruncated: truncateIp({ ip: input.ip }),
      browserFamily: browserFamily({ userAgent: input.userAgent }),
      recordedAt: new Date().toISOString(),
      previousHash: last?.hash ?? genesisHash,
    }
    try {
      const record = await payload.create({
        collection: 'consent-records',
        data: { ...fields, subjectRef: input.subjectRef, contact: input.contact, eventId: input.eventId, hash: recordHash(fields) } as never,
        overrideAccess: true,
        context: { ledgerAppend: true },
      })
      if (fields.sequence % checkpointEvery === 0) await writeConsentCheckpoint({ payload, reason: 'periodic' })
      return record
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      await new Promise((r) => setTimeout(r, Math.random() * 20 * (attempt + 1)))
      if (input.eventId) {
        const replay = await payload.count({ collection: 'consent-records', where: { eventId: { equals: input.eventId } }, overrideAccess: true })
        if (replay.totalDocs > 0) return undefined
      }
    }
  }
  throw new Error('could not append to the consent ledger (too much contention)')
}
