import type { Payload, TaskConfig } from 'payload'

import type { MailPort } from '../../integrations/mail/mail-port'
import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries } from '../jobs/default-retries'
import { sendPolicyNotices } from './send-policy-notices'

/** The job behind a major policy version's notice mails (queued when it is published): see send-policy-notices.ts. */
export const sendPolicyNoticesTask = ({ mailFor, publicUrl }: { mailFor: (payload: Payload) => MailPort; publicUrl: string }): TaskConfig<'sendPolicyNotices'> => ({
  slug: 'sendPolicyNotices',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [{ name: 'versionId', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    await sendPolicyNotices({ payload: req.payload, versionId: String(input.versionId), port: mailFor(req.payload), publicUrl })
    return { output: {} }
  },
})
