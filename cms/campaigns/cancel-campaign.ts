import type { Payload } from 'payload'

import { DomainError } from '../errors'
import { findCampaign } from './find-campaign'
import { setCampaignStatus } from './set-campaign-status'

/** Stops for good (after the batch in flight); whoever already received it keeps it. */
export const cancelCampaign = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }) => {
  const campaign = await findCampaign({ payload, campaignId })
  if (campaign.status === 'sent' || campaign.status === 'cancelled') throw new DomainError({ code: 'campaign.finished', params: { status: campaign.status } })
  await setCampaignStatus({ payload, campaignId, data: { status: 'cancelled', scheduledAt: null } })
  const sends = await payload.find({ collection: 'campaign-sends', where: { campaign: { equals: campaignId } }, limit: 1, depth: 0, overrideAccess: true })
  const send = sends.docs[0]
  if (send) await payload.update({ collection: 'campaign-sends', id: send.id, data: { state: 'cancelled', finishedAt: new Date().toISOString() }, overrideAccess: true, depth: 0 })
  return { status: 'cancelled' as const }
}
