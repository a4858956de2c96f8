import type { Payload } from 'payload'

import { DomainError } from '../errors'

/** The campaign with its status, or a campaign.not-found DomainError. */
export const findCampaign = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, select: { status: true, scheduledAt: true, sentAt: true } }).catch(() => undefined)
  if (!campaign) throw new DomainError({ code: 'campaign.not-found' })
  return { ...campaign, status: campaign.status ?? 'draft' }
}
