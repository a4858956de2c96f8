import type { Payload } from 'payload'

import { isUniqueViolation } from '../database/is-unique-violation'
import { DomainError, type ErrorCode } from '../errors'
import { campaignRecipientsWhere } from './campaign-recipients-where'
import { campaignSnapshot } from './campaign-snapshot'
import { findCampaign } from './find-campaign'
import { setCampaignStatus } from './set-campaign-status'

const refusals: Partial<Record<string, ErrorCode>> = {
  sending: 'campaign.already-sending',
  paused: 'campaign.paused',
  sent: 'campaign.already-sent',
  cancelled: 'campaign.cancelled',
}

/**
 * Starts sending now: freezes the content (every language checked), counts the audience, and queues the sending job.
 * The send record is unique per campaign, so a double click or two admins at once start it once (the other gets
 * 409). `scheduledAt` is given by the scheduled job: it only starts the send that schedule was made for.
 */
export const startCampaign = async ({
  payload,
  campaignId,
  scheduledAt,
}: {
  payload: Payload
  campaignId: string | number
  scheduledAt?: string
}): Promise<{ status: 'sending'; total: number }> => {
  const campaign = await findCampaign({ payload, campaignId })
  const refusal = refusals[campaign.status]
  if (refusal) throw new DomainError({ code: refusal })
  if (scheduledAt !== undefined && (campaign.status !== 'scheduled' || campaign.scheduledAt !== scheduledAt)) {
    throw new DomainError({ code: 'campaign.schedule-changed' })
  }
  const snapshot = await campaignSnapshot({ payload, campaignId: campaign.id })
  const total = (await payload.count({ collection: 'contacts', where: campaignRecipientsWhere({ snapshot }), overrideAccess: true })).totalDocs
  if (total === 0) throw new DomainError({ code: 'campaign.no-recipients' })
  const now = new Date().toISOString()
  try {
    await payload.create({
      collection: 'campaign-sends',
      overrideAccess: true,
      depth: 0,
      data: { campaign: campaign.id, state: 'running', snapshot, total, sent: 0, skipped: 0, failed: 0, batches: 0, startedAt: now },
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError({ code: 'campaign.already-sending' })
    throw error
  }
  await setCampaignStatus({ payload, campaignId: campaign.id, data: { status: 'sending', sentAt: now } })
  await payload.jobs.queue({ task: 'sendCampaign', input: { campaignId: String(campaign.id) } })
  return { status: 'sending', total }
}
