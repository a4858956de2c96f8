import type { MailMessage } from './mail-port'
import { MailSendError } from './mail-send-error'

/**
 * Resend's batch endpoint does not take attachments (its documentation: "The attachments field is not supported
 * yet"; it has been seen to drop them without a word), so a batch carrying one is refused whole, before anything is
 * sent: a webinar confirmation must never arrive without its invitation. Every MailPort's sendBatch calls this.
 */
export const refuseBatchAttachments = ({ messages }: { messages: readonly MailMessage[] }): void => {
  const carrying = messages.flatMap((m, index) => ((m.attachments ?? []).length > 0 ? [index] : []))
  if (carrying.length === 0) return
  throw new MailSendError({
    code: 'invalid_message',
    retryable: false,
    message: `mail refused before sending: a batch cannot carry attachments (Resend's batch endpoint does not accept them); messages ${carrying.join(', ')} have some: send each alone`,
  })
}
