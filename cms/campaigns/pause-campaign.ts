import type { Payload } from 'payload'

import { DomainError } from '../errors'
import { findCampaign } from './find-campaign'
import { setCampaignStatus } from './set-campaign-status'

/** Stops sending after the batch in flight (a batch already handed to the provider cannot be recalled). */
export const pauseCampaign = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  const campaign = await findCampaign({ payload, campaignId })
  if (campaign.status !== 'sending') throw new DomainError({ code: 'campaign.not-sending', params: { status: campaign.status ?? 'draft' } })
  await setCampaignStatus({ payload, campaignId, data: { status: 'paused' } })
  return { status: 'paused' as const }
}
