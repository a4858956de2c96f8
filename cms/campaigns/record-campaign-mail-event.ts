import type { Payload } from 'payload'

import type { CampaignEventType } from './campaign-events'
import type { ResendEmailEvent } from '../mail'
import { toDocumentId } from '../database/to-document-id'
import { recordCampaignEvent } from './record-campaign-event'

// Opens and clicks are not taken from the provider: they are measured first-party, bound to consent
// (record-campaign-click.ts, record-campaign-open.ts).
const typeOf: Partial<Record<ResendEmailEvent['type'], CampaignEventType>> = {
  'email.delivered': 'delivered',
  'email.bounced': 'bounced',
  'email.complained': 'complained',
}

/** A delivery event of a campaign mail (tagged campaign + subscriber when sent) counted in the campaign's statistics. */
export const recordCampaignMailEvent = async ({ payload, event }: { payload: Payload; event: ResendEmailEvent }): Promise<void> => {
  const campaign = event.data.tags?.campaign
  const type = typeOf[event.type]
  if (!campaign || !type) return
  // The tag keeps its name `subscriber`: mails already sent report it in their webhooks.
  const contact = toDocumentId({ payload, raw: event.data.tags?.subscriber })
  const key = `${event.type}:${event.data.email_id}:${event.created_at}`
  const at = Number.isNaN(Date.parse(event.created_at)) ? new Date() : new Date(event.created_at)
  await recordCampaignEvent({ payload, campaign, type, contact, key, at })
}
