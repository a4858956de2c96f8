import type { Payload } from 'payload'

import type { HubSpotCrm } from '../../integrations/hubspot'
import type { CrmSync } from '../payload-types'
import { markCrmChanges } from './mark-crm-changes'
import { syncCrmBatch, type CrmBatchOutcome } from './sync-crm-batch'

export type CrmRoundOutcome = { state: 'off' | 'paused' | 'done' | 'stopped'; marked: number; batches: number; totals: Omit<CrmBatchOutcome, 'stop'>; error?: string }

const nextUtcMidnight = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1))

/**
 * One round of the CRM sync (the `syncCrm` job, every minute): read the timelines past the cursor (who changed), then
 * batches of up to 100 due people through the gate to HubSpot until none is due or the round's time is up. HubSpot's
 * daily limit or a refused token pauses the sync (until tomorrow UTC, or five minutes) and says so on the CRM page.
 * Without HubSpot (no token) nothing is read or sent: the CRM is off.
 */
export const runCrmSync = async ({ payload, crm, subscriptionId, budgetMs = 25_000, clock = () => new Date() }: { payload: Payload; crm?: HubSpotCrm; subscriptionId?: string; budgetMs?: number; clock?: () => Date }): Promise<CrmRoundOutcome> => {
  const totals = { synced: 0, skipped: 0, withdrawn: 0, failed: 0, retried: 0, requests: 0 }
  if (!crm) return { state: 'off', marked: 0, batches: 0, totals }
  const started = clock()
  const state = await payload.findGlobal({ slug: 'crm-state', depth: 0, overrideAccess: true })
  if (state.pausedUntil && new Date(state.pausedUntil) > started) return { state: 'paused', marked: 0, batches: 0, totals }

  let cursor = state.cursor ?? 0
  let marked = 0
  for (;;) {
    const step = await markCrmChanges({ payload, cursor, now: clock() })
    marked += step.marked
    if (step.cursor === cursor) break
    cursor = step.cursor
    await payload.updateGlobal({ slug: 'crm-state', data: { cursor }, overrideAccess: true, depth: 0 })
  }

  let batches = 0
  let reached = false
  let stop: CrmBatchOutcome['stop']
  while (clock().getTime() - started.getTime() < budgetMs) {
    const now = clock()
    const due = await payload.find({ collection: 'crm-syncs', where: { and: [{ state: { equals: 'pending' } }, { dueAt: { less_than_equal: now.toISOString() } }] }, sort: 'dueAt', limit: 100, depth: 0, overrideAccess: true })
    if (due.docs.length === 0) break
    const outcome = await syncCrmBatch({ payload, crm, rows: due.docs as CrmSync[], subscriptionId, now })
    batches++
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += outcome[k]
    if (outcome.requests > 0 && !outcome.stop) reached = true
    if (outcome.stop) {
      stop = outcome.stop
      break
    }
  }

  const at = clock()
  const pausedUntil = stop?.kind === 'unauthorized' ? new Date(at.getTime() + 5 * 60_000) : stop?.kind === 'rate-limited' && stop.policyName === 'DAILY' ? nextUtcMidnight(at) : undefined
  await payload.updateGlobal({
    slug: 'crm-state',
    data: { lastRunAt: at.toISOString(), ...(reached ? { lastSuccessAt: at.toISOString() } : {}), ...(stop ? { lastError: stop.message, lastErrorAt: at.toISOString() } : {}), pausedUntil: pausedUntil?.toISOString() ?? null },
    overrideAccess: true,
    depth: 0,
  })
  return { state: stop ? 'stopped' : 'done', marked, batches, totals, ...(stop ? { error: stop.message } : {}) }
}
