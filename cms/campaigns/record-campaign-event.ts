import type { Payload, PayloadRequest } from 'payload'

import type { CampaignEventType } from './campaign-events'
import { isUniqueViolation } from '../database/is-unique-violation'
import { toDocumentId } from '../database/to-document-id'

/**
 * Counts one thing that happened after a campaign went out. `key` identifies the event (a webhook's id, an
 * unsubscribe, a sign-up): the same event recorded twice counts once. `contact` only where the person may be
 * named (see campaign-events). `req` keeps the write inside the caller's transaction (a hook's). An unknown campaign id is ignored: a stale or forged parameter changes no figure.
 * A contact that does not exist (erased since, or a forged tag) is left out: the event still counts, naming nobody.
 */
export const recordCampaignEvent = async ({
  payload,
  campaign,
  type,
  key,
  contact,
  detail,
  at = new Date(),
  req,
}: {
  payload: Payload
  req?: PayloadRequest
  campaign: string | number
  type: CampaignEventType
  key: string
  contact?: string | number
  detail?: string
  at?: Date
}): Promise<boolean> => {
  const campaignId = toDocumentId({ payload, raw: String(campaign) })
  if (campaignId === undefined) return false
  const exists = await payload.count({ collection: 'campaigns', where: { id: { equals: campaignId } }, overrideAccess: true, req })
  if (exists.totalDocs === 0) return false
  // Looked up first, not only left to the unique index: inside a caller's transaction (a hook's `req`) a failed
  // insert makes Payload roll back that whole transaction, the caller's own write with it.
  const counted = await payload.count({ collection: 'campaign-events', where: { key: { equals: key.slice(0, 250) } }, overrideAccess: true, req })
  if (counted.totalDocs > 0) return false
  // A relationship to a missing contact fails the insert (a signed webhook naming one answered 500: found by the fuzzer, seed 1012270340).
  const contactId = contact === undefined ? undefined : toDocumentId({ payload, raw: String(contact) })
  const contactExists = contactId !== undefined && (await payload.count({ collection: 'contacts', where: { id: { equals: contactId } }, overrideAccess: true, req })).totalDocs > 0
  try {
    await payload.create({
      collection: 'campaign-events',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        campaign: campaignId as number,
        type,
        key: key.slice(0, 250),
        at: at.toISOString(),
        contact: contactExists ? (contactId as number) : undefined,
        detail,
      },
    })
    return true
  } catch (error) {
    if (isUniqueViolation(error)) return false
    throw error
  }
}
