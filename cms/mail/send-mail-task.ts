import type { Payload, TaskConfig } from 'payload'
import { z } from 'zod'

import type { RecordedMailPort } from './create-recorded-mail-port'
import { toJobError } from './to-job-error'
import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries, retryAttempts } from '../jobs/default-retries'

const input = z.object({
  to: z.email(),
  subject: z.string().min(1).max(998).refine((s) => !/[\r\n]/.test(s), 'no line breaks in a subject'),
  html: z.string().max(2_000_000),
  text: z.string().max(2_000_000),
  idempotencyKey: z.string().min(8).max(256),
  category: z.enum(['transactional', 'marketing']).nullish(),
  headers: z.record(z.string(), z.string()).nullish(),
  template: z.string().max(100).nullish(),
  locale: z.string().max(10).nullish(),
  // The contact's id. Named as jobs already queued name it, so they still run after the rename to contacts.
  subscriber: z.string().max(64).nullish(),
})

export type SendMailInput = z.input<typeof input>

/**
 * Sends one rendered mail (queued by cms/mail/queue-mail.ts) through the mail port; the idempotency key makes
 * retries safe. A malformed job input is retried like any unexpected error (it cannot come from queueMail, which
 * validates first); a message the provider refuses for good cancels the job: a dead letter, retried from the admin.
 */
export const sendMailTask = ({ mailFor }: { mailFor: (payload: Payload) => RecordedMailPort }): TaskConfig<'sendMail'> => ({
  slug: 'sendMail',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'idempotencyKey', type: 'text', required: true },
    { name: 'category', type: 'select', options: ['transactional', 'marketing'] },
    { name: 'headers', type: 'json' },
    { name: 'template', type: 'text' },
    { name: 'locale', type: 'text' },
    { name: 'subscriber', type: 'text' },
  ],
  outputSchema: [
    { name: 'messageId', type: 'text' },
    { name: 'duplicate', type: 'checkbox' },
    { name: 'outcome', type: 'text' },
  ],
  handler: async ({ input: raw, job, req }) => {
    const { category, headers, template, locale, subscriber, ...message } = input.parse(raw)
    try {
      const result = await mailFor(req.payload).send({
        ...message,
        category: category ?? 'transactional',
        headers: headers ?? undefined,
        meta: { template: template ?? undefined, locale: locale ?? undefined, subscriberId: subscriber ?? undefined },
      }, {
        // Payload runs a task once plus `retryAttempts` retries; `totalTried` counts the runs before this one. A mail
        // that fails its last run becomes a dead letter a marketer can send again, not a row stuck at "retrying".
        lastAttempt: (job.totalTried ?? 0) >= retryAttempts,
      })
      return { output: { messageId: result.id, duplicate: result.duplicate, outcome: result.outcome } }
    } catch (error) {
      throw toJobError({ error, job })
    }
  },
})
