import type { Payload } from 'payload'

import { CampaignError } from './campaign-error'
import { findCampaign } from './find-campaign'
import { setCampaignStatus } from './set-campaign-status'

/** Stops sending after the batch in flight (a batch already handed to the provider cannot be recalled). */
export const pauseCampaign = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  const campaign = await findCampaign({ payload, campaignId })
  if (campaign.status !== 'sending') throw new CampaignError({ status: 409, message: `Only a campaign being sent can be paused (this one is ${campaign.status}).` })
  await setCampaignStatus({ payload, campaignId, data: { status: 'paused' } })
  return { status: 'paused' as const }
}
