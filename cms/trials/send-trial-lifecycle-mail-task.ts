import type { TaskConfig } from 'payload'

import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries } from '../jobs/default-retries'
import { sendTrialLifecycleMail } from './send-trial-lifecycle-mail'
import { trialLifecycleSteps, type TrialLifecycleStep } from './trial-lifecycle-steps'

/** A trial's lifecycle mail, queued for its moment at provisioning or by the expiry webhook: see send-trial-lifecycle-mail.ts. */
export const sendTrialLifecycleMailTask = (): TaskConfig<'sendTrialLifecycleMail'> => ({
  slug: 'sendTrialLifecycleMail',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [
    { name: 'trial', type: 'text', required: true },
    { name: 'step', type: 'select', options: [...trialLifecycleSteps], required: true },
  ],
  handler: async ({ input, req }) => {
    const outcome = await sendTrialLifecycleMail({ payload: req.payload, trialKey: String(input.trial), step: input.step as TrialLifecycleStep })
    return { output: { outcome } }
  },
})
