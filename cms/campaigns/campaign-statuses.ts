/**
 * draft → scheduled → sending ⇄ paused → sent; cancelled from any state before sent. Only the campaign actions
 * (cms/newsletter/*-campaign.ts) move a campaign between states.
 */
export const campaignStatuses = ['draft', 'scheduled', 'sending', 'paused', 'sent', 'cancelled'] as const
export type CampaignStatus = (typeof campaignStatuses)[number]

/** Once sending starts the content is frozen (a snapshot is sent): edits would be misleading. */
export const editableCampaignStatuses: readonly CampaignStatus[] = ['draft', 'scheduled']
