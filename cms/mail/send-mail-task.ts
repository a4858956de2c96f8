import type { Payload, TaskConfig } from 'payload'
import { JobCancelledError } from 'payload'
import { z } from 'zod'

import type { RecordedMailPort } from './create-recorded-mail-port'
import { acceptedStatuses } from './mail-status'
import { storedContent } from './outgoing-content'
import { toJobError } from './to-job-error'
import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries, retryAttempts } from '../jobs/default-retries'

const input = z.object({ message: z.string().min(1).max(64) })

export type SendMailInput = z.input<typeof input>


/**
 * Sends one message queued by queueStoredMail: the job names the mail-messages row, which keeps the rendered message
 * (encrypted) until the provider accepted it; the idempotency key makes retries safe. A row already accepted ends
 * the job as a duplicate; a message the provider refuses for good cancels the job: a dead letter, retried from the
 * admin.
 */
export const sendMailTask = ({ mailFor }: { mailFor: (payload: Payload) => RecordedMailPort }): TaskConfig<'sendMail'> => ({
  slug: 'sendMail',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [{ name: 'message', type: 'text', required: true }],
  outputSchema: [
    { name: 'messageId', type: 'text' },
    { name: 'duplicate', type: 'checkbox' },
    { name: 'outcome', type: 'text' },
  ],
  handler: async ({ input: raw, job, req }) => {
    const { message: id } = input.parse(raw)
    const row = await req.payload.findByID({ collection: 'mail-messages', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!row) throw new JobCancelledError('mail.message-gone: its mail-messages row was deleted')
    if (row.providerId && (acceptedStatuses as readonly string[]).includes(row.status)) return { output: { messageId: row.providerId, duplicate: true, outcome: 'duplicate' } }
    const content = storedContent.safeParse(row.outgoing ?? row.deadLetter)
    if (!content.success) throw new JobCancelledError('mail.no-stored-content: the row keeps no message to send')
    const { to, category, headers, ...message } = content.data
    const contact = typeof row.contact === 'object' && row.contact ? row.contact.id : (row.contact ?? undefined)
    try {
      const result = await mailFor(req.payload).send(
        {
          ...message,
          to: to ?? row.to,
          idempotencyKey: row.idempotencyKey,
          category,
          headers: headers ?? undefined,
          meta: { template: row.template ?? undefined, locale: row.locale ?? undefined, subscriberId: contact },
        },
        {
          // Payload runs a task once plus `retryAttempts` retries; `totalTried` counts the runs before this one. A mail
          // that fails its last run becomes a dead letter a marketer can send again, not a row stuck at "retrying".
          lastAttempt: (job.totalTried ?? 0) >= retryAttempts,
        },
      )
      return { output: { messageId: result.id, duplicate: result.duplicate, outcome: result.outcome } }
    } catch (error) {
      throw toJobError({ error, job })
    }
  },
})
