import type { Payload } from 'payload'

import { toDocumentId } from '../database/to-document-id'

/** A sign-up counts for a campaign when it happens within this many days of the campaign being sent. */
export const attributionDays = 30

/**
 * The campaign a first-party campaign parameter (`mp_c`, added to our own links in campaign mails) names, when it
 * is a real, sent campaign and the sign-up falls within 30 days of sending; otherwise undefined (a stale, forged or
 * malformed parameter attributes nothing).
 */
export const attributableCampaign = async ({ payload, param, now = new Date() }: { payload: Payload; param: unknown; now?: Date }): Promise<string | number | undefined> => {
  if (typeof param !== 'string' || !/^[A-Za-z0-9]{1,32}$/.test(param)) return undefined
  const id = toDocumentId({ payload, raw: param })
  if (id === undefined) return undefined
  const found = await payload.find({ collection: 'campaigns', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true, select: { sentAt: true, status: true } })
  const campaign = found.docs[0]
  const sentAt = campaign?.sentAt ? new Date(campaign.sentAt) : undefined
  if (!campaign || !sentAt || !['sending', 'paused', 'sent'].includes(campaign.status ?? '')) return undefined
  const age = now.getTime() - sentAt.getTime()
  return age >= 0 && age <= attributionDays * 86_400_000 ? campaign.id : undefined
}
