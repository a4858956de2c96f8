import type { TaskConfig } from 'payload'

import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries } from '../jobs/default-retries'
import { sendWebinarReminders } from './send-webinar-reminders'
import { sendWebinarReplays } from './send-webinar-replays'

/** A reminder round (queued by the webinar's save for its moment): see send-webinar-reminders.ts. */
export const sendWebinarRemindersTask = (): TaskConfig<'sendWebinarReminders'> => ({
  slug: 'sendWebinarReminders',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [
    { name: 'webinar', type: 'text', required: true },
    { name: 'when', type: 'select', options: ['24h', '1h'], required: true },
    { name: 'start', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    const result = await sendWebinarReminders({ payload: req.payload, webinarId: String(input.webinar), when: input.when as '24h' | '1h', start: String(input.start) })
    return { output: { result: String(result) } }
  },
})

/** The replay round (queued when the replay link is set, for the end of the webinar): see send-webinar-replays.ts. */
export const sendWebinarReplaysTask = (): TaskConfig<'sendWebinarReplays'> => ({
  slug: 'sendWebinarReplays',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [{ name: 'webinar', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const result = await sendWebinarReplays({ payload: req.payload, webinarId: String(input.webinar) })
    return { output: { result: String(result) } }
  },
})
