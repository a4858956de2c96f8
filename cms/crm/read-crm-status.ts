import type { Payload } from 'payload'

import { crmSyncStates } from './crm-syncs'

export type CrmStatus = {
  /** HubSpot is configured (a token, or the local stand-in): without it nothing is sent. */
  enabled: boolean
  standIn: boolean
  counts: Record<(typeof crmSyncStates)[number], number>
  /** Pending people whose time has come (the rest wait for a retry). */
  due: number
  lastRunAt?: string | null
  lastSuccessAt?: string | null
  lastError?: string | null
  lastErrorAt?: string | null
  pausedUntil?: string | null
}

/** What the CRM page shows: the queue and the sync's own state, counted by the database, no personal data read. */
export const readCrmStatus = async ({ payload, now = new Date() }: { payload: Payload; now?: Date }): Promise<CrmStatus> => {
  const settings = (payload.config.custom as { crm?: { enabled?: boolean; standIn?: boolean } } | undefined)?.crm ?? {}
  const counts = Object.fromEntries(await Promise.all(crmSyncStates.map(async (state) => [state, (await payload.count({ collection: 'crm-syncs', where: { state: { equals: state } }, overrideAccess: true })).totalDocs]))) as CrmStatus['counts']
  const due = (await payload.count({ collection: 'crm-syncs', where: { and: [{ state: { equals: 'pending' } }, { dueAt: { less_than_equal: now.toISOString() } }] }, overrideAccess: true })).totalDocs
  const state = await payload.findGlobal({ slug: 'crm-state', depth: 0, overrideAccess: true })
  return { enabled: Boolean(settings.enabled), standIn: Boolean(settings.standIn), counts, due, lastRunAt: state.lastRunAt, lastSuccessAt: state.lastSuccessAt, lastError: state.lastError, lastErrorAt: state.lastErrorAt, pausedUntil: state.pausedUntil }
}
