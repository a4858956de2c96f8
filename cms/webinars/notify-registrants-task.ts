import type { TaskConfig } from 'payload'

import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries } from '../jobs/default-retries'
import { notifyRegistrants } from './notify-registrants'

/** The job behind a webinar's change mails (queued by its afterChange hook): see notify-registrants.ts. */
export const notifyRegistrantsTask = (): TaskConfig<'notifyWebinarRegistrants'> => ({
  slug: 'notifyWebinarRegistrants',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [
    { name: 'webinar', type: 'text', required: true },
    { name: 'kind', type: 'select', options: ['updated', 'cancelled'], required: true },
    { name: 'changes', type: 'json' },
  ],
  handler: async ({ input, req }) => {
    const changes = Array.isArray(input.changes) ? (input.changes as unknown[]).filter((c): c is 'time' | 'link' => c === 'time' || c === 'link') : undefined
    const queued = await notifyRegistrants({ payload: req.payload, webinarId: String(input.webinar), kind: input.kind as 'updated' | 'cancelled', changes })
    return { output: { queued } }
  },
})
