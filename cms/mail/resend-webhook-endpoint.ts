import type { Endpoint } from 'payload'

import { applyMailEvent } from './apply-mail-event'
import type { MailEventListener } from './mail-event-listener'
import { isUniqueViolation } from '../database/is-unique-violation'
import { resendEmailEvent } from './resend-event'
import { verifyResendWebhook } from './verify-resend-webhook'

const maxBodyBytes = 256 * 1024
const receiptLifetimeMs = 24 * 60 * 60 * 1000

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * POST /api/mail/webhooks/resend: Resend's delivery events. Verified (signature, 5-minute tolerance) before anything
 * is read; each webhook id is processed once: a replay is acknowledged with 200 `{ duplicate: true }` and nothing
 * else happens (the provider retries any other answer for days, so a refusal would only bring it back); events
 * about other mail are acknowledged and ignored. Logs name the event type and our message id, never an address.
 */
export const resendWebhookEndpoint = ({ secret, listeners = [] }: { secret: string | undefined; listeners?: MailEventListener[] }): Endpoint => ({
  path: '/mail/webhooks/resend',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    if (!secret) {
      payload.logger.warn('resend webhook refused: RESEND_WEBHOOK_SECRET is not set')
      return answer(503, { error: 'webhooks are not configured' })
    }
    const body = req.text ? await req.text() : ''
    if (Buffer.byteLength(body) > maxBodyBytes) return answer(413, { error: 'payload too large' })
    let verified
    try {
      verified = verifyResendWebhook({ secret, body, headers: req.headers })
    } catch (error) {
      payload.logger.warn({ reason: error instanceof Error ? error.message : 'invalid' }, 'resend webhook refused: signature')
      return answer(401, { error: 'invalid signature' })
    }
    const type = (verified.payload as { type?: unknown } | null)?.type
    if (typeof type !== 'string' || !type.startsWith('email.')) return answer(200, { received: true, ignored: true })
    const event = resendEmailEvent.safeParse(verified.payload)
    if (!event.success) {
      payload.logger.warn({ type }, 'resend webhook refused: unexpected shape')
      return answer(400, { error: 'unexpected event shape' })
    }

    let receipt
    try {
      receipt = await payload.create({
        collection: 'mail-webhook-receipts',
        data: { webhookId: verified.id, eventType: type, receivedAt: new Date().toISOString() },
        overrideAccess: true,
        depth: 0,
      })
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      payload.logger.info({ type }, 'resend webhook replayed: already processed, acknowledged')
      return answer(200, { duplicate: true })
    }
    try {
      const { messageId } = await applyMailEvent({ payload, event: event.data, listeners })
      payload.logger.info({ type, messageId: messageId ?? null }, 'mail delivery event')
    } catch (error) {
      // Not processed: forget the id so the provider's retry of this webhook is processed.
      await payload.delete({ collection: 'mail-webhook-receipts', id: receipt.id, overrideAccess: true })
      throw error
    }
    if (Math.random() < 0.02) {
      await payload.delete({
        collection: 'mail-webhook-receipts',
        where: { receivedAt: { less_than: new Date(Date.now() - receiptLifetimeMs).toISOString() } },
        overrideAccess: true,
      })
    }
    return answer(200, { received: true })
  },
})
