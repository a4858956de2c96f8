import type { Payload } from 'payload'

import { findCampaign } from './find-campaign'

/** Where sending stands, for the admin's progress bar. */
export const campaignProgress = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  const campaign = await findCampaign({ payload, campaignId })
  const send = (await payload.find({ collection: 'campaign-sends', where: { campaign: { equals: campaignId } }, limit: 1, depth: 0, overrideAccess: true, select: { snapshot: false } })).docs[0]
  return {
    status: campaign.status,
    total: send?.total ?? 0,
    sent: send?.sent ?? 0,
    skipped: send?.skipped ?? 0,
    failed: send?.failed ?? 0,
    startedAt: send?.startedAt ?? undefined,
    finishedAt: send?.finishedAt ?? undefined,
    lastError: send?.lastError ?? undefined,
  }
}
