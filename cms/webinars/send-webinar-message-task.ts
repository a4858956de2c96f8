import type { TaskConfig } from 'payload'
import { z } from 'zod'

import { webinarMessageFields } from '../../emails/webinar-message-fields'
import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries } from '../jobs/default-retries'
import { sendWebinarMessage } from './send-webinar-message'

const input = z.object({ webinar: z.string().min(1), messageId: z.uuid(), ...webinarMessageFields })

/** The job behind the admin's "Message to registrants" (queued by queue-webinar-message.ts): see send-webinar-message.ts. */
export const sendWebinarMessageTask = (): TaskConfig<'sendWebinarMessage'> => ({
  slug: 'sendWebinarMessage',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [
    { name: 'webinar', type: 'text', required: true },
    { name: 'messageId', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
  ],
  handler: async ({ input: raw, req }) => {
    const { webinar, messageId, subject, body } = input.parse(raw)
    const queued = await sendWebinarMessage({ payload: req.payload, webinarId: webinar, messageId, subject, body })
    return { output: { queued } }
  },
})
