import type { Payload } from 'payload'

import type { CampaignEventType } from './campaign-events'
import { isUniqueViolation } from '../database/is-unique-violation'
import { toDocumentId } from '../database/to-document-id'

/**
 * Counts one thing that happened after a campaign went out. `key` identifies the event (a webhook's id, an
 * unsubscribe, a sign-up): the same event recorded twice counts once. `subscriber` only where the person may be
 * named (see campaign-events). An unknown campaign id is ignored: a stale or forged parameter changes no figure.
 */
export const recordCampaignEvent = async ({
  payload,
  campaign,
  type,
  key,
  subscriber,
  detail,
  at = new Date(),
}: {
  payload: Payload
  campaign: string | number
  type: CampaignEventType
  key: string
  subscriber?: string | number
  detail?: string
  at?: Date
}): Promise<boolean> => {
  const campaignId = toDocumentId({ payload, raw: String(campaign) })
  if (campaignId === undefined) return false
  const exists = await payload.count({ collection: 'campaigns', where: { id: { equals: campaignId } }, overrideAccess: true })
  if (exists.totalDocs === 0) return false
  try {
    await payload.create({
      collection: 'campaign-events',
      overrideAccess: true,
      depth: 0,
      data: {
        campaign: campaignId as number,
        type,
        key: key.slice(0, 250),
        at: at.toISOString(),
        subscriber: subscriber === undefined ? undefined : (toDocumentId({ payload, raw: String(subscriber) }) as number | undefined),
        detail,
      },
    })
    return true
  } catch (error) {
    if (isUniqueViolation(error)) return false
    throw error
  }
}
