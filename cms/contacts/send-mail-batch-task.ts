import type { Payload, TaskConfig } from 'payload'
import { z } from 'zod'

import { locales } from '../../config/locales'
import { isMailTemplateId, type MailTemplateId } from '../../emails/template-registry'
import type { RecordedMailPort } from '../mail'
import { toJobError } from '../mail'
import { sendMailBatch } from './send-mail-batch'
import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries } from '../jobs/default-retries'

const input = z.object({
  batchKey: z.string().min(1).max(200),
  template: z.string().refine(isMailTemplateId, 'unknown template'),
  propsByLocale: z.record(z.enum(locales), z.unknown()),
  subscriberIds: z.array(z.union([z.string(), z.number()])).min(1).max(100),
})

/** The job behind one batch of a templated mail to contacts: see send-mail-batch.ts. */
export const sendMailBatchTask = ({ mailFor }: { mailFor: (payload: Payload) => RecordedMailPort }): TaskConfig<'sendMailBatch'> => ({
  slug: 'sendMailBatch',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [
    { name: 'batchKey', type: 'text', required: true },
    { name: 'template', type: 'text', required: true },
    { name: 'propsByLocale', type: 'json', required: true },
    { name: 'subscriberIds', type: 'json', required: true },
  ],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  handler: async ({ input: raw, job, req }) => {
    const { template, ...rest } = input.parse(raw)
    try {
      const output = await sendMailBatch({ payload: req.payload, port: mailFor(req.payload), template: template as MailTemplateId, ...rest })
      return { output }
    } catch (error) {
      throw toJobError({ error, job })
    }
  },
})
