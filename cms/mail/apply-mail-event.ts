import type { Payload } from 'payload'

import { advanceMailStatus, type MailStatus } from './mail-status'
import type { MailEventListener } from './mail-event-listener'
import type { ResendEmailEvent } from './resend-event'
import { suppressAddress } from './suppress-address'
import { toDocumentId } from '../database/to-document-id'

const statusOf: Record<ResendEmailEvent['type'], MailStatus | undefined> = {
  'email.sent': 'sent',
  'email.delivered': 'delivered',
  'email.delivery_delayed': 'delayed',
  'email.bounced': 'bounced',
  'email.complained': 'complained',
  // The provider's own open and click tracking is off (measurement is first-party and bound to consent: see
  // cms/campaigns/track-campaign-mail.ts). Should it be switched on at the provider, its events are dropped here.
  'email.opened': undefined,
  'email.clicked': undefined,
  'email.failed': 'failed',
  'email.suppressed': 'suppressed',
  'email.scheduled': undefined,
}

const maxEvents = 50

/**
 * One delivery event: the message's status moves on (never back), the event is appended to its history (type, time
 * and bounce type only: no links, IPs or user agents), and a hard bounce, a complaint or the provider's own
 * suppression puts the address on the suppression list. Returns the message's id when it is one of ours. Other
 * domains hear of every event through `listeners` (wired in cms/payload.config.ts: campaigns count theirs), so
 * mail depends on none of them.
 */
export const applyMailEvent = async ({ payload, event, listeners = [] }: { payload: Payload; event: ResendEmailEvent; listeners?: MailEventListener[] }): Promise<{ messageId?: string | number }> => {
  const { data } = event
  if (event.type === 'email.opened' || event.type === 'email.clicked') return {}
  for (const listener of listeners) await listener({ payload, event })
  const byProviderId = await payload.find({ collection: 'mail-messages', where: { providerId: { equals: data.email_id } }, limit: 1, depth: 0, overrideAccess: true })
  let message = byProviderId.docs[0]
  const tagged = data.tags?.mail_message
  // Our row id, tagged on every message: finds it even when the event overtook the storing of the provider's id.
  const id = toDocumentId({ payload, raw: tagged })
  if (!message && id !== undefined) {
    message = (await payload.find({ collection: 'mail-messages', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  }

  const next = statusOf[event.type]
  const detail = event.data.bounce ? [event.data.bounce.type, event.data.bounce.subType].filter(Boolean).join('/') : (event.data.suppressed?.reason ?? event.data.failed?.reason)
  if (message && next) {
    const events = [...(message.events ?? []).map(({ type, at, detail: d }) => ({ type, at, detail: d })), { type: event.type, at: event.created_at, detail }].slice(-maxEvents)
    await payload.update({
      collection: 'mail-messages',
      id: message.id,
      data: {
        status: advanceMailStatus({ current: message.status, next }),
        providerId: message.providerId || data.email_id,
        lastEventAt: event.created_at,
        events,
      },
      overrideAccess: true,
      depth: 0,
    })
  }

  const address = message?.to ?? data.to?.[0]
  if (!address) return { messageId: message?.id }
  const hardBounce = event.type === 'email.bounced' && event.data.bounce?.type === 'Permanent'
  if (hardBounce) await suppressAddress({ payload, email: address, reason: 'hard-bounce', detail, messageId: message?.id })
  if (event.type === 'email.complained') await suppressAddress({ payload, email: address, reason: 'complaint', messageId: message?.id })
  if (event.type === 'email.suppressed') {
    const reason = event.data.suppressed?.reason === 'previous_complaint' ? 'complaint' : event.data.suppressed?.reason === 'previous_bounce' ? 'hard-bounce' : 'provider-suppressed'
    await suppressAddress({ payload, email: address, reason, detail: `provider: ${event.data.suppressed?.reason ?? 'suppressed'}`, messageId: message?.id })
  }
  return { messageId: message?.id }
}
