import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { MailMessage } from '../../integrations/mail/mail-port'
import { ensureMailMessageRows, type MessageMeta } from './ensure-mail-message-rows'
import { outgoingContent } from './outgoing-content'

/**
 * Queues one rendered message: its mail-messages row keeps the message (encrypted, like every address and body at
 * rest) and the `sendMail` job names only the row, so no address or name rests in the jobs table or its log. Row and
 * job are written in one transaction (the caller's, or one of its own). A row that exists already (same key) gets
 * the content again unless the provider accepted it: a retried or re-queued message sends what was rendered last.
 */
export const queueStoredMail = async ({
  payload,
  message,
  meta,
  req,
}: {
  payload: Payload
  message: MailMessage
  meta?: MessageMeta
  req?: PayloadRequest
}): Promise<{ jobId: string | number; messageId: string | number }> => {
  const ownReq = req ?? (await createLocalReq({}, payload))
  const own = req === undefined && (await initTransaction(ownReq))
  try {
    const rows = await ensureMailMessageRows({ payload, messages: [{ ...message, meta }], keepContent: true, req: ownReq })
    const row = rows.get(message.idempotencyKey)
    if (!row) throw new Error('queueStoredMail: no mail-messages row for the key')
    // A new row holds the content already; an older one gets what was rendered now.
    if (!row.providerId && !row.created) {
      await payload.update({ collection: 'mail-messages', id: row.id, data: { outgoing: outgoingContent(message) }, overrideAccess: true, depth: 0, select: { status: true }, req: ownReq })
    }
    const job = await payload.jobs.queue({ task: 'sendMail', input: { message: String(row.id) }, req: ownReq })
    if (own) await commitTransaction(ownReq)
    return { jobId: job.id, messageId: row.id }
  } catch (error) {
    if (own) await killTransaction(ownReq)
    throw error
  }
}
