import { Resend } from 'resend'

import { classifyResendError } from './classify-resend-error'
import { createPacer } from '../create-pacer'
import { maxBatchSize, type MailMessage, type MailPort } from './mail-port'
import { MailSendError } from './mail-send-error'
import { refuseBatchAttachments } from './refuse-batch-attachments'
import { validateMailMessage } from './validate-mail-message'

export type ResendSettings = {
  apiKey: string
  /** https://api.resend.com unless a stand-in (tests, local runs) or a proxy is in between. */
  baseUrl?: string
  /** `Name <address>` of a domain verified at Resend. */
  from: string
  replyTo?: string
  /** This process's share of the account's request budget. */
  maxRequestsPerSecond: number
  /** A request that hangs longer is abandoned and retried later (same idempotency key, so never sent twice). */
  timeoutMs?: number
}

const toEmail = ({ message, from, replyTo }: { message: MailMessage; from: string; replyTo?: string }) => ({
  from,
  to: [message.to],
  subject: message.subject,
  html: message.html,
  text: message.text,
  ...(replyTo ? { replyTo } : {}),
  ...(message.headers && Object.keys(message.headers).length > 0 ? { headers: message.headers } : {}),
  ...(message.tags && message.tags.length > 0 ? { tags: message.tags } : {}),
})

// Single sends only: the SDK's batch type has no attachments, as Resend's batch endpoint takes none. Content is
// base64 already, which the SDK passes as it is (Resend's `content`); `contentType` becomes `content_type`.
const toAttachments = (message: MailMessage) =>
  message.attachments && message.attachments.length > 0
    ? { attachments: message.attachments.map(({ filename, contentType, content }) => ({ filename, contentType, content })) }
    : {}

/**
 * The real provider: Resend through its SDK. Each request carries an Idempotency-Key, so a retry after a timeout or
 * a crash never sends twice; errors come back as MailSendError (retryable or not, with the provider's retry-after).
 */
export const createResendMailAdapter = ({ apiKey, baseUrl, from, replyTo, maxRequestsPerSecond, timeoutMs = 30_000 }: ResendSettings): MailPort => {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : undefined)
  const pacer = createPacer({ perWindow: maxRequestsPerSecond })

  return {
    send: async (message) => {
      validateMailMessage(message)
      const done = await pacer.wait()
      const { data, error, headers } = await resend.emails
        .send({ ...toEmail({ message, from, replyTo }), ...toAttachments(message) }, { idempotencyKey: message.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) })
        .finally(done)
      if (error) throw classifyResendError({ error, headers })
      if (!data?.id) throw new MailSendError({ code: 'unavailable', retryable: true, message: 'Resend answered without an email id' })
      return { id: data.id, duplicate: false }
    },
    sendBatch: async ({ messages, idempotencyKey }) => {
      if (messages.length === 0) return []
      if (messages.length > maxBatchSize) {
        throw new MailSendError({ code: 'invalid_message', retryable: false, message: `a batch holds at most ${maxBatchSize} messages, got ${messages.length}` })
      }
      for (const message of messages) validateMailMessage(message)
      refuseBatchAttachments({ messages })
      const done = await pacer.wait()
      const { data, error, headers } = await resend.batch
        .send(
          messages.map((message) => toEmail({ message, from, replyTo })),
          { idempotencyKey, batchValidation: 'strict', signal: AbortSignal.timeout(timeoutMs) },
        )
        .finally(done)
      if (error) throw classifyResendError({ error, headers })
      const ids = data?.data ?? []
      if (ids.length !== messages.length) {
        throw new MailSendError({ code: 'unavailable', retryable: true, message: `Resend accepted ${ids.length} of ${messages.length} batch messages` })
      }
      return ids.map(({ id }) => ({ id, duplicate: false }))
    },
  }
}
