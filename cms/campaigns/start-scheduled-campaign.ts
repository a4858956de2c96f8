import type { Payload } from 'payload'

import { describeError, isDomainError } from '../errors'
import { setCampaignStatus } from './set-campaign-status'
import { startCampaign } from './start-campaign'

/**
 * A schedule's moment has come: starts the send it was made for. A schedule withdrawn or replaced meanwhile is no
 * error (nothing happens); a campaign that can no longer go out (a refusal of its content or audience) goes back to
 * draft, with the reason in the log.
 */
export const startScheduledCampaign = async ({ payload, campaignId, scheduledAt }: { payload: Payload; campaignId: string | number; scheduledAt: string }): Promise<void> => {
  try {
    await startCampaign({ payload, campaignId, scheduledAt })
  } catch (error) {
    if (!isDomainError(error)) throw error
    if (describeError({ code: error.code, locale: 'en' }).status === 400) {
      await setCampaignStatus({ payload, campaignId, data: { status: 'draft', scheduledAt: null } })
      payload.logger.warn({ campaign: String(campaignId), reason: error.code }, 'scheduled campaign not sent')
    }
  }
}
