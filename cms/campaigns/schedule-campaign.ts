import type { Payload } from 'payload'
import { z } from 'zod'

import { DomainError } from '../errors'
import { campaignSnapshot } from './campaign-snapshot'
import { findCampaign } from './find-campaign'
import { setCampaignStatus } from './set-campaign-status'

/** A schedule must leave a moment to change one's mind, and not be absurdly far away. */
const minLeadMs = 60_000
const maxLeadMs = 366 * 86_400_000

const body = z.object({ at: z.iso.datetime({ offset: true }) })

/**
 * Schedules a draft (or moves a schedule): every language is checked now, so a schedule never fails later for an
 * empty version. A time in the past (or within the next minute) is refused. The job queued for that moment starts
 * the send only if the campaign is still scheduled for exactly that time.
 */
export const scheduleCampaign = async ({ payload, campaignId, input, now = new Date() }: { payload: Payload; campaignId: string | number; input: unknown; now?: Date }) => {
  const parsed = body.safeParse(input)
  if (!parsed.success) throw new DomainError({ code: 'campaign.schedule-missing' })
  const at = new Date(parsed.data.at)
  if (at.getTime() < now.getTime() + minLeadMs) throw new DomainError({ code: 'campaign.schedule-too-soon' })
  if (at.getTime() > now.getTime() + maxLeadMs) throw new DomainError({ code: 'campaign.schedule-too-far' })
  const campaign = await findCampaign({ payload, campaignId })
  if (campaign.status !== 'draft' && campaign.status !== 'scheduled') throw new DomainError({ code: 'campaign.not-schedulable', params: { status: campaign.status ?? 'draft' } })
  await campaignSnapshot({ payload, campaignId })
  const scheduledAt = at.toISOString()
  await setCampaignStatus({ payload, campaignId, data: { status: 'scheduled', scheduledAt } })
  await payload.jobs.queue({ task: 'sendCampaign', input: { campaignId: String(campaignId), scheduledAt }, waitUntil: at })
  return { status: 'scheduled' as const, scheduledAt }
}
