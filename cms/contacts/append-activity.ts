import type { Payload, PayloadRequest } from 'payload'

import { isUniqueViolation } from '../database/is-unique-violation'
import { toDocumentId } from '../database/to-document-id'
import type { ContactActivityType } from './contact-activity-types'

/**
 * Appends one event to a contact's timeline, the only way anything is written there. `key` names the event: the
 * same event appended twice (a retried job, a reused link) is stored once, and the answer says whether it was new.
 * A campaign id that names no campaign (deleted, forged) is left out rather than refusing the event. `req` keeps
 * the write inside the caller's transaction.
 */
export const appendActivity = async ({
  payload,
  contact,
  type,
  key,
  at = new Date(),
  campaign,
  lists,
  detail,
  req,
}: {
  payload: Payload
  contact: string | number
  type: ContactActivityType
  key: string
  at?: Date
  campaign?: string | number | null
  lists?: string[]
  detail?: string
  req?: PayloadRequest
}): Promise<boolean> => {
  const contactId = toDocumentId({ payload, raw: contact })
  if (contactId === undefined) return false
  const storedKey = key.slice(0, 250)
  // Looked up first: inside a caller's transaction a failed insert would make Payload roll all of it back.
  const seen = await payload.count({ collection: 'contact-activities', where: { key: { equals: storedKey } }, overrideAccess: true, req })
  if (seen.totalDocs > 0) return false
  const campaignId = campaign === undefined || campaign === null ? undefined : toDocumentId({ payload, raw: campaign })
  const campaignExists = campaignId !== undefined && (await payload.count({ collection: 'campaigns', where: { id: { equals: campaignId } }, overrideAccess: true, req })).totalDocs > 0
  try {
    await payload.create({
      collection: 'contact-activities',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        contact: contactId as number,
        type,
        key: storedKey,
        at: at.toISOString(),
        ...(campaignExists ? { campaign: campaignId as number } : {}),
        ...(lists && lists.length > 0 ? { lists } : {}),
        ...(detail ? { detail: detail.slice(0, 500) } : {}),
      },
    })
    return true
  } catch (error) {
    // Another process appended the same event between the look-up and the insert.
    if (!req && isUniqueViolation(error)) return false
    throw error
  }
}
