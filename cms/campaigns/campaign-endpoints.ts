import type { Endpoint, PayloadRequest } from 'payload'

import { DomainError, errorResponse, requestLocale } from '../errors'
import { toDocumentId } from '../database/to-document-id'
import { campaignProgress } from './campaign-progress'
import { campaignStats } from './campaign-stats'
import { cancelCampaign } from './cancel-campaign'
import { countCampaignRecipients } from './count-campaign-recipients'
import { pauseCampaign } from './pause-campaign'
import { resumeCampaign } from './resume-campaign'
import { scheduleCampaign } from './schedule-campaign'
import { sendCampaignTest } from './send-campaign-test'
import { startCampaign } from './start-campaign'
import { unscheduleCampaign } from './unschedule-campaign'
import { canManagePeople } from '../access/can-manage-people'

type Action = (args: { req: PayloadRequest; campaignId: string | number }) => Promise<unknown>

const readJson = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return req.json ? await req.json() : {}
  } catch {
    return undefined
  }
}

/** Thin handlers: authorise (marketers and admins), parse the id, call the operation; refusals answer from the error table. */
const endpoint = ({ path, method, action }: { path: string; method: 'get' | 'post'; action: Action }): Endpoint => ({
  path: `/:id/${path}`,
  method,
  handler: async (req) => {
    const locale = requestLocale(req)
    if (!canManagePeople({ user: req.user })) return errorResponse({ error: new DomainError({ code: 'auth.forbidden' }), locale })
    const campaignId = toDocumentId({ payload: req.payload, raw: String(req.routeParams?.id ?? '') })
    if (campaignId === undefined) return errorResponse({ error: new DomainError({ code: 'campaign.not-found' }), locale })
    try {
      return Response.json(await action({ req, campaignId }), { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      return errorResponse({ error, locale, logger: req.payload.logger, context: { campaign: String(campaignId), action: path } })
    }
  },
})

/** /api/campaigns/:id/… — the admin's campaign buttons, progress bar and statistics. */
export const campaignEndpoints: Endpoint[] = [
  endpoint({
    path: 'test-send',
    method: 'post',
    action: ({ req, campaignId }) => sendCampaignTest({ payload: req.payload, campaignId, to: String(req.user?.email ?? ''), name: (req.user as { name?: string } | null)?.name }),
  }),
  endpoint({ path: 'schedule', method: 'post', action: async ({ req, campaignId }) => scheduleCampaign({ payload: req.payload, campaignId, input: await readJson(req) }) }),
  endpoint({ path: 'unschedule', method: 'post', action: ({ req, campaignId }) => unscheduleCampaign({ payload: req.payload, campaignId }) }),
  endpoint({ path: 'send', method: 'post', action: ({ req, campaignId }) => startCampaign({ payload: req.payload, campaignId }) }),
  endpoint({ path: 'pause', method: 'post', action: ({ req, campaignId }) => pauseCampaign({ payload: req.payload, campaignId }) }),
  endpoint({ path: 'resume', method: 'post', action: ({ req, campaignId }) => resumeCampaign({ payload: req.payload, campaignId }) }),
  endpoint({ path: 'cancel', method: 'post', action: ({ req, campaignId }) => cancelCampaign({ payload: req.payload, campaignId }) }),
  endpoint({ path: 'recipients', method: 'get', action: ({ req, campaignId }) => countCampaignRecipients({ payload: req.payload, campaignId }) }),
  endpoint({ path: 'progress', method: 'get', action: ({ req, campaignId }) => campaignProgress({ payload: req.payload, campaignId }) }),
  endpoint({ path: 'stats', method: 'get', action: ({ req, campaignId }) => campaignStats({ payload: req.payload, campaignId }) }),
]
