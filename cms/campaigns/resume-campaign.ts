import type { Payload } from 'payload'

import { CampaignError } from './campaign-error'
import { findCampaign } from './find-campaign'
import { setCampaignStatus } from './set-campaign-status'

/** Sends on from where it paused (the same cursor: nobody twice, nobody left out). */
export const resumeCampaign = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  const campaign = await findCampaign({ payload, campaignId })
  if (campaign.status !== 'paused') throw new CampaignError({ status: 409, message: `Only a paused campaign can be resumed (this one is ${campaign.status}).` })
  await setCampaignStatus({ payload, campaignId, data: { status: 'sending' } })
  await payload.jobs.queue({ task: 'sendCampaign', input: { campaignId: String(campaignId) } })
  return { status: 'sending' as const }
}
