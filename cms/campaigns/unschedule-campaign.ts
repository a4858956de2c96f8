import type { Payload } from 'payload'

import { DomainError } from '../errors'
import { findCampaign } from './find-campaign'
import { setCampaignStatus } from './set-campaign-status'

/** Back to draft; the job queued for the old time finds the schedule gone and does nothing. */
export const unscheduleCampaign = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  const campaign = await findCampaign({ payload, campaignId })
  if (campaign.status !== 'scheduled') throw new DomainError({ code: 'campaign.not-scheduled' })
  await setCampaignStatus({ payload, campaignId, data: { status: 'draft', scheduledAt: null } })
  return { status: 'draft' as const }
}
