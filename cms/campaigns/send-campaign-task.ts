import type { Payload, TaskConfig } from 'payload'
import { z } from 'zod'

import type { MailPort } from '../../integrations/mail/mail-port'
import { toDocumentId } from '../database/to-document-id'
import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries } from '../jobs/default-retries'
import { runCampaignSend } from './run-campaign-send'
import { startScheduledCampaign } from './start-scheduled-campaign'

const input = z.object({ campaignId: z.string().min(1).max(64), scheduledAt: z.string().max(40).optional() })

/**
 * The job behind a campaign: with `scheduledAt` it starts the send that schedule was made for (then queues itself
 * to send); without, it runs the send engine (run-campaign-send.ts) as the lease owner `job:{id}`.
 */
export const sendCampaignTask = ({ portFor }: { portFor: (payload: Payload) => MailPort }): TaskConfig<'sendCampaign'> => ({
  slug: 'sendCampaign',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [
    { name: 'campaignId', type: 'text', required: true },
    { name: 'scheduledAt', type: 'text' },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ input: raw, job, req }) => {
    const { payload } = req
    const { campaignId: rawId, scheduledAt } = input.parse(raw)
    const campaignId = toDocumentId({ payload, raw: rawId })
    if (campaignId === undefined) return { output: { sent: 0 } }
    if (scheduledAt !== undefined) {
      await startScheduledCampaign({ payload, campaignId, scheduledAt })
      return { output: { sent: 0 } }
    }
    // Payload runs a task once plus `attempts` retries; `totalTried` counts the runs before this one.
    const lastAttempt = (job.totalTried ?? 0) >= (defaultRetries as { attempts: number }).attempts
    const { sent } = await runCampaignSend({ payload, campaignId, port: portFor(payload), owner: `job:${job.id}`, lastAttempt })
    return { output: { sent } }
  },
})
