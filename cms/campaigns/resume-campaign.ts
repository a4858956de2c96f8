import type { Payload } from 'payload'

import { DomainError } from '../errors'
import { findCampaign } from './find-campaign'
import { setCampaignStatus } from './set-campaign-status'

/** Sends on from where it paused (the same cursor: nobody twice, nobody left out). */
export const resumeCampaign = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  const campaign = await findCampaign({ payload, campaignId })
  if (campaign.status !== 'paused') throw new DomainError({ code: 'campaign.not-paused', params: { status: campaign.status ?? 'draft' } })
  await setCampaignStatus({ payload, campaignId, data: { status: 'sending' } })
  await payload.jobs.queue({ task: 'sendCampaign', input: { campaignId: String(campaignId) } })
  return { status: 'sending' as const }
}
