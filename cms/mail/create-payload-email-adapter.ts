import { createHash } from 'node:crypto'

import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import type { MailMessage } from '../../integrations/mail/mail-port'
import { redactAddresses } from '../../integrations/mail/redact-addresses'
import { validateMailMessage } from '../../integrations/mail/validate-mail-message'
import { queueStoredMail } from './queue-stored-mail'
import { takeRenderedMail } from './rendered-payload-mails'

const addressOf = (to: SendEmailOptions['to']): string => {
  const first = Array.isArray(to) ? to[0] : to
  if (!first) throw new Error('Payload mail without a recipient')
  return typeof first === 'string' ? first : first.address
}

// Only for a mail Payload rendered itself (ours come with their own text part): readable, not pretty.
const textOf = (html: string): string =>
  html
    .replace(/<(style|script|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, '$2 ($1)')
    .replace(/<br\s*\/?>|<\/(p|div|h\d|li|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim()

const queue = async ({ payload, message }: { payload: Payload; message: SendEmailOptions }) => {
  const html = typeof message.html === 'string' ? message.html : ''
  const rendered = takeRenderedMail({ html })
  const mail: MailMessage = {
    to: addressOf(message.to).trim(),
    subject: rendered?.subject ?? String(message.subject ?? ''),
    html,
    text: rendered?.text ?? (typeof message.text === 'string' ? message.text : textOf(html)),
    // The HTML carries the one-time token, so the same mail is never queued twice.
    idempotencyKey: `payload-mail:${createHash('sha256').update(`${addressOf(message.to)}\n${html}`).digest('hex').slice(0, 40)}`,
    category: 'transactional',
  }
  validateMailMessage(mail)
  await queueStoredMail({ payload, message: mail, meta: { template: rendered ? 'password-reset' : 'payload' } })
}

/**
 * Payload's own mails (forgot password) go through our pipeline: a `sendMail` job, delivered by the job runner to
 * the local outbox or Resend, with retries and a dead letter in the admin, never to the console with the address.
 *
 * Payload calls sendEmail inside its still-open transaction, and gives no request to join it; a write outside that
 * transaction would wait for the lock the transaction holds until the operation ends, which waits for sendEmail. So
 * the job is queued without being awaited: it writes right after the operation commits. A failure is logged without
 * the address.
 */
export const createPayloadEmailAdapter =
  ({ fromAddress, fromName }: { fromAddress: string; fromName: string }): EmailAdapter =>
  ({ payload }) => ({
    name: 'mail-pipeline',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: (message) => {
      void queue({ payload, message }).catch((error: unknown) => {
        payload.logger.error({ msg: `Payload mail could not be queued: ${redactAddresses(error instanceof Error ? error.message : String(error))}` })
      })
      return Promise.resolve()
    },
  })
