import type { Payload } from 'payload'

import { setCampaignStatus } from './set-campaign-status'

/** Sending stopped itself (the provider refuses, or keeps failing): paused, with the reason shown in the admin. */
export const pauseCampaignWithError = async ({ payload, campaignId, sendId, error }: { payload: Payload; campaignId: string | number; sendId: string | number; error: string }) => {
  await payload.update({ collection: 'campaign-sends', id: sendId, data: { lastError: error.slice(0, 500) }, overrideAccess: true, depth: 0 })
  await setCampaignStatus({ payload, campaignId, data: { status: 'paused' } })
  payload.logger.warn({ campaign: String(campaignId) }, 'campaign paused: sending failed')
}
