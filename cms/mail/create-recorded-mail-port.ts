import type { Payload } from 'payload'

import type { MailMessage, MailPort, SendResult } from '../../integrations/mail/mail-port'
import { isMailSendError } from '../../integrations/mail/mail-send-error'
import { refuseBatchAttachments } from '../../integrations/mail/refuse-batch-attachments'
import { validateMailMessage } from '../../integrations/mail/validate-mail-message'
import { ensureMailMessageRows, type MessageMeta, type MessageRow } from './ensure-mail-message-rows'
import { findSuppressedAddresses } from './find-suppressed-addresses'
import { acceptedStatuses, advanceMailStatus, type MailStatus } from './mail-status'
import { outgoingContent } from './outgoing-content'

export type RecordedMessage = MailMessage & { meta?: MessageMeta }

/** What happened to one message: sent now, sent before (same key), or not sent and why. */
export type SendOutcome = SendResult & { outcome: 'sent' | 'duplicate' | 'suppressed' | 'refused' | 'failed'; recordId: string }

export type RecordedMailPort = {
  /** `lastAttempt`: the queue will not try again, so any failure now is a dead letter (kept to be retried from the admin). */
  send: (message: RecordedMessage, options?: { lastAttempt?: boolean }) => Promise<SendOutcome>
  sendBatch: (args: { messages: RecordedMessage[]; idempotencyKey: string }) => Promise<SendOutcome[]>
}

type Args = {
  payload: Payload
  port: MailPort
  provider: string
  /**
   * A message the provider refuses for good: 'throw' ends the job as a dead letter (one job, one message);
   * 'skip' records the dead letter and goes on, so one bad address never blocks a run over many recipients.
   */
  onPermanentFailure?: 'throw' | 'skip'
}

const strip = ({ meta: _meta, ...message }: RecordedMessage): MailMessage => message

/**
 * The mail port as the jobs use it: every message gets its mail-messages row (status, provider id, last error),
 * marketing mail to a suppressed address is not sent, a key already accepted is not sent again, and a message that
 * fails for good keeps its content as a dead letter a marketer can retry. Each message is tagged with its row id, so
 * delivery events find it even before the provider's id is stored.
 */
export const createRecordedMailPort = ({ payload, port, provider, onPermanentFailure = 'throw' }: Args): RecordedMailPort => {
  const update = (row: MessageRow, data: Record<string, unknown>) =>
    payload.update({ collection: 'mail-messages', id: row.id, data, overrideAccess: true, depth: 0, select: { status: true } })

  const setStatus = async (row: MessageRow, next: MailStatus, data: Record<string, unknown> = {}) => {
    // Re-read: a delivery event may have moved the status on while the request was in flight.
    const current = await payload.findByID({ collection: 'mail-messages', id: row.id, depth: 0, overrideAccess: true, select: { status: true } })
    await update(row, { ...data, status: advanceMailStatus({ current: current.status, next }) })
  }

  // The stored message (attachments included) without the address, which the row keeps in its own field.
  const deadLetter = (message: RecordedMessage) => {
    const { to: _to, ...content } = outgoingContent(strip(message))
    return content
  }

  const tagged = (message: RecordedMessage, row: MessageRow): MailMessage => ({
    ...strip(message),
    tags: [...(message.tags ?? []), { name: 'mail_message', value: String(row.id) }],
  })

  const outcome = (row: MessageRow, kind: SendOutcome['outcome'], id = ''): SendOutcome => ({ id, duplicate: kind === 'duplicate', outcome: kind, recordId: String(row.id) })

  /** Records a failure on the rows; permanent ones (and any on the last attempt) become dead letters. Returns the error to throw, if any. */
  const fail = async (pairs: { message: RecordedMessage; row: MessageRow }[], error: unknown, lastAttempt = false): Promise<unknown> => {
    const permanent = lastAttempt || (isMailSendError(error) && !error.retryable)
    const text = error instanceof Error ? error.message : String(error)
    for (const { message, row } of pairs) {
      if (permanent) await setStatus(row, 'failed', { error: text, deadLetter: deadLetter(message), outgoing: null })
      else await setStatus(row, 'retrying', { error: text })
    }
    return permanent && onPermanentFailure === 'skip' ? undefined : error
  }

  /** Splits off what must not go out: already accepted, suppressed (marketing), refused by validation. */
  const triage = async ({ messages, single }: { messages: RecordedMessage[]; single: boolean }) => {
    const rows = await ensureMailMessageRows({ payload, messages })
    const suppressed = await findSuppressedAddresses({ payload, addresses: messages.filter((m) => m.category === 'marketing').map((m) => m.to) })
    const results = new Map<string, SendOutcome>()
    const pending: { message: RecordedMessage; row: MessageRow }[] = []
    for (const message of messages) {
      const row = rows.get(message.idempotencyKey) as MessageRow
      if (results.has(message.idempotencyKey)) continue
      if (row.providerId && (acceptedStatuses as readonly string[]).includes(row.status)) {
        results.set(message.idempotencyKey, outcome(row, 'duplicate', row.providerId))
      } else if (message.category === 'marketing' && suppressed.has(message.to.toLowerCase())) {
        await setStatus(row, 'suppressed', { error: 'address on the suppression list: not sent' })
        results.set(message.idempotencyKey, outcome(row, 'suppressed'))
      } else {
        try {
          validateMailMessage(strip(message))
          pending.push({ message, row })
        } catch (error) {
          await update(row, { status: 'refused', error: error instanceof Error ? error.message : String(error) })
          if (onPermanentFailure === 'throw' && single) throw error
          results.set(message.idempotencyKey, outcome(row, 'refused'))
        }
      }
    }
    return { results, pending }
  }

  const markSent = async (row: MessageRow, providerId: string) => {
    await setStatus(row, 'sent', { provider, providerId, sentAt: new Date().toISOString(), error: null, deadLetter: null, outgoing: null })
  }

  return {
    send: async (message, { lastAttempt = false } = {}) => {
      const { results, pending } = await triage({ messages: [message], single: true })
      const done = results.get(message.idempotencyKey)
      if (done) return done
      const { row } = pending[0] as { row: MessageRow }
      try {
        const result = await port.send(tagged(message, row))
        await markSent(row, result.id)
        return outcome(row, result.duplicate ? 'duplicate' : 'sent', result.id)
      } catch (error) {
        const rethrow = await fail([{ message, row }], error, lastAttempt)
        if (rethrow !== undefined) throw rethrow
        return outcome(row, 'failed')
      }
    },
    sendBatch: async ({ messages, idempotencyKey }) => {
      // Before any row is written: a batch with files is a caller's mistake to fix, not a dead letter to retry.
      refuseBatchAttachments({ messages })
      const { results, pending } = await triage({ messages, single: false })
      if (pending.length > 0) {
        let sent: SendResult[]
        try {
          sent = await port.sendBatch({ messages: pending.map(({ message, row }) => tagged(message, row)), idempotencyKey })
        } catch (error) {
          const rethrow = await fail(pending, error)
          if (rethrow !== undefined) throw rethrow
          sent = []
          for (const { message, row } of pending) results.set(message.idempotencyKey, outcome(row, 'failed'))
        }
        for (const [i, result] of sent.entries()) {
          const { message, row } = pending[i] as { message: RecordedMessage; row: MessageRow }
          await markSent(row, result.id)
          results.set(message.idempotencyKey, outcome(row, 'sent', result.id))
        }
      }
      return messages.map((m) => results.get(m.idempotencyKey) as SendOutcome)
    },
  }
}
