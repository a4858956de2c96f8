import type { CollectionBeforeValidateHook } from 'payload'

import { relationId } from '../database/relation-id'
import { sameId } from '../database/same-id'
import { attributableCampaign } from './attributable-campaign'

const idOf = (value: unknown): string | undefined => {
  const id = relationId(value)
  return id === undefined ? undefined : String(id)
}

/**
 * Wired on `contacts` (payload.config.ts): a contact's attribution may only name a campaign that was really sent,
 * within 30 days of the moment attributed (`attribution.at`). Contacts set it from the visitor's `mp_c` parameter
 * without knowing campaigns; a stale, forged or unknown campaign is dropped here and the attribution the contact
 * already had is kept. An unchanged attribution passes untouched, so saving an old contact keeps its history.
 */
export const guardAttribution: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const wanted = idOf(data?.attribution?.campaign)
  const before = (originalDoc as { attribution?: { campaign?: unknown; at?: string | null } } | undefined)?.attribution
  const unchanged = sameId(wanted, before?.campaign) && (data?.attribution?.at === undefined || data.attribution.at === before?.at)
  if (!data || wanted === undefined || unchanged) return data
  const at = data.attribution?.at ? new Date(String(data.attribution.at)) : new Date()
  const now = Number.isNaN(at.getTime()) ? new Date() : at
  const campaign = await attributableCampaign({ payload: req.payload, param: wanted, now })
  if (campaign !== undefined) return { ...data, attribution: { ...data.attribution, campaign } }
  return { ...data, attribution: { campaign: idOf(before?.campaign) === undefined ? null : before?.campaign, at: before?.at ?? null } }
}
