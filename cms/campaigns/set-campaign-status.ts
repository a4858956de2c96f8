import type { Payload } from 'payload'

import type { Campaign } from '../payload-types'

/** The one way actions change a campaign's status (its content stays locked while sending). */
export const setCampaignStatus = ({ payload, campaignId, data }: { payload: Payload; campaignId: string | number; data: Partial<Pick<Campaign, 'status' | 'scheduledAt' | 'sentAt'>> }) =>
  payload.update({ collection: 'campaigns', id: campaignId, data, overrideAccess: true, depth: 0, context: { campaignAction: true } })
