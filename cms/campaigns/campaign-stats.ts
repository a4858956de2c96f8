import type { Payload } from 'payload'

import { campaignEventTypes, type CampaignEventType } from './campaign-events'
import { campaignStore } from './campaign-store'
import { findCampaign } from './find-campaign'

/**
 * A campaign's figures: how many it was sent to, and its events (delivered, opened, clicked, bounced, complained,
 * unsubscribed, converted) in total and per day. Opens and clicks are counted as events, not as people: telling
 * people apart would mean remembering who opened, which is only allowed where the person agreed.
 */
export const campaignStats = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  await findCampaign({ payload, campaignId })
  const send = (await payload.find({ collection: 'campaign-sends', where: { campaign: { equals: campaignId } }, limit: 1, depth: 0, overrideAccess: true, select: { sent: true } })).docs[0]
  const series = (await campaignStore({ payload }).countEventsByDay({ campaignId })).map((r) => ({ day: r.day, type: r.type, count: Number(r.count) }))
  const totals = Object.fromEntries(campaignEventTypes.map((t) => [t, 0])) as Record<CampaignEventType, number>
  for (const row of series) if (row.type in totals) totals[row.type as CampaignEventType] += row.count
  return { sent: send?.sent ?? 0, totals, series }
}
