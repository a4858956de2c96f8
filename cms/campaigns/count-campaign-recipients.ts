import type { Payload } from 'payload'

import { campaignRecipientsWhere } from './campaign-recipients-where'
import { findCampaign } from './find-campaign'

/** How many people would receive the campaign if it were sent now (its lists and languages, as saved). */
export const countCampaignRecipients = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  await findCampaign({ payload, campaignId })
  const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, select: { lists: true, languages: true } })
  const listIds = (campaign.lists ?? []).map((l) => (typeof l === 'object' ? l.id : l))
  if (listIds.length === 0) return { count: 0 }
  const where = campaignRecipientsWhere({ snapshot: { listIds, languages: campaign.languages ?? [] } })
  return { count: (await payload.count({ collection: 'contacts', where, overrideAccess: true })).totalDocs }
}
