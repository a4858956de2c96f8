import type { Payload, TaskConfig } from 'payload'
import { z } from 'zod'

import type { MailPort } from '../../integrations/mail/mail-port'
import { defaultRetries } from './default-retries'

const input = z.object({
  to: z.email(),
  subject: z.string().min(1).max(998).refine((s) => !/[\r\n]/.test(s), 'no line breaks in a subject'),
  html: z.string().max(2_000_000),
  text: z.string().max(2_000_000),
  idempotencyKey: z.string().min(8).max(256),
})

export type SendMailInput = z.infer<typeof input>

/** Sends one rendered mail through the configured mail port; the idempotency key makes retries safe. */
export const sendMailTask = ({ mailFor }: { mailFor: (payload: Payload) => MailPort }): TaskConfig<'sendMail'> => ({
  slug: 'sendMail',
  retries: defaultRetries,
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'idempotencyKey', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'messageId', type: 'text', required: true },
    { name: 'duplicate', type: 'checkbox' },
  ],
  handler: async ({ input: raw, req }) => {
    const message = input.parse(raw)
    const result = await mailFor(req.payload).send(message)
    return { output: { messageId: result.id, duplicate: result.duplicate } }
  },
})
