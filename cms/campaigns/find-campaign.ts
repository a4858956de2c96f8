import type { Payload } from 'payload'

import { CampaignError } from './campaign-error'

/** The campaign with its status, or a 404 CampaignError. */
export const findCampaign = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, select: { status: true, scheduledAt: true, sentAt: true } }).catch(() => undefined)
  if (!campaign) throw new CampaignError({ status: 404, message: 'No such campaign.' })
  return { ...campaign, status: campaign.status ?? 'draft' }
}
