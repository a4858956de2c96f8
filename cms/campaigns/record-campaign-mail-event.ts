import type { Payload } from 'payload'

import type { CampaignEventType } from './campaign-events'
import { appendActivity } from '../contacts'
import type { ResendEmailEvent } from '../mail'
import { toDocumentId } from '../database/to-document-id'
import { recordCampaignEvent } from './record-campaign-event'

const typeOf: Partial<Record<ResendEmailEvent['type'], CampaignEventType>> = {
  'email.delivered': 'delivered',
  'email.opened': 'opened',
  'email.clicked': 'clicked',
  'email.bounced': 'bounced',
  'email.complained': 'complained',
}

/** Opens and clicks are behaviour: tied to a person only with their consent. */
const behavioural = new Set<CampaignEventType>(['opened', 'clicked'])

/**
 * A delivery event of a campaign mail (tagged campaign + subscriber when sent) counted in the campaign's
 * statistics. Opens and clicks name the contact only when that person agreed to per-person measurement; then
 * they are also on the contact's timeline. Without that consent they are counted and nothing more.
 */
export const recordCampaignMailEvent = async ({ payload, event }: { payload: Payload; event: ResendEmailEvent }): Promise<void> => {
  const campaign = event.data.tags?.campaign
  const type = typeOf[event.type]
  if (!campaign || !type) return
  // The tag keeps its name `subscriber`: mails already sent report it in their webhooks.
  const contactId = toDocumentId({ payload, raw: event.data.tags?.subscriber })
  let named: string | number | undefined = contactId
  if (contactId !== undefined && behavioural.has(type)) {
    const person = (await payload.find({ collection: 'contacts', where: { id: { equals: contactId } }, limit: 1, depth: 0, overrideAccess: true, select: { tracking: true } })).docs[0]
    named = person?.tracking ? contactId : undefined
  }
  const key = `${event.type}:${event.data.email_id}:${event.created_at}`
  const at = Number.isNaN(Date.parse(event.created_at)) ? new Date() : new Date(event.created_at)
  await recordCampaignEvent({ payload, campaign, type, contact: named, key, at })
  if (named !== undefined && (type === 'opened' || type === 'clicked')) await appendActivity({ payload, contact: named, type, key: `mail:${key}`, at, campaign })
}
