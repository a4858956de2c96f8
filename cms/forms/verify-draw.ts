import type { Payload } from 'payload'

import { DomainError } from '../errors'
import { drawAlgorithm } from './draw-contest'
import { drawWinners, entriesHash, type EntryId } from './draw-winners'

export type DrawVerification = { drawId: number | string; reproduced: boolean; entriesMatch: boolean; winnerIds: EntryId[]; recomputed: EntryId[] }

/**
 * Recomputes a draw from its record alone (seed, entry ids, number of winners), as an auditor would: the entries must
 * hash to the recorded hash, and the algorithm must give the recorded winners in the recorded order.
 */
export const verifyDraw = async ({ payload, drawId }: { payload: Payload; drawId: number | string }): Promise<DrawVerification> => {
  const draw = (await payload.find({ collection: 'form-draws', where: { id: { equals: drawId } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!draw) throw new DomainError({ code: 'form.draw-not-found' })
  const entryIds = draw.entryIds as EntryId[]
  const winnerIds = draw.winnerIds as EntryId[]
  const entriesMatch = entriesHash(entryIds) === draw.entriesHash
  const recomputed = draw.algorithm === drawAlgorithm ? drawWinners({ seed: draw.seed, entryIds, count: draw.winnersCount }) : []
  return { drawId: draw.id, entriesMatch, reproduced: entriesMatch && recomputed.length === winnerIds.length && recomputed.every((id, i) => id === winnerIds[i]), winnerIds, recomputed }
}
