import { JobCancelledError, type TaskConfig } from 'payload'
import { z } from 'zod'

import { isTrialAppError } from '../../integrations/trial-app/trial-app-error'
import type { TrialAppPort } from '../../integrations/trial-app/trial-app-port'
import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries, retryAttempts } from '../jobs/default-retries'
import { provisionTrial } from './provision-trial'

const input = z.object({ trial: z.string().regex(/^trial_[A-Za-z0-9_-]{16,64}$/) })

/**
 * Opens a verified trial in the web application (queued by verify-trial.ts): see provision-trial.ts. Retryable
 * errors go back to the queue with the capped backoff (through an hour-long outage), never earlier than the
 * application's Retry-After; a permanent refusal cancels the job, which keeps its error as a dead letter. Without
 * TRIAL_PROVISIONING_URL there is no port: the job is cancelled with that reason and the trial stays provisioning.
 */
export const provisionTrialTask = ({ port }: { port?: TrialAppPort }): TaskConfig<'provisionTrial'> => ({
  slug: 'provisionTrial',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [{ name: 'trial', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input: raw, job, req }) => {
    const { trial } = input.parse(raw)
    if (!port) throw new JobCancelledError('trial.not-configured: TRIAL_PROVISIONING_URL is not set; the trial stays in provisioning (retry it from the admin once it is set)')
    try {
      // Payload runs a task once plus `retryAttempts` retries; `totalTried` counts the runs before this one.
      const result = await provisionTrial({ payload: req.payload, port, trialKey: trial, lastAttempt: (job.totalTried ?? 0) >= retryAttempts })
      if (result.outcome === 'failed') throw new JobCancelledError(`trial.provisioning-failed: ${result.error ?? 'refused'}`)
      return { output: { outcome: result.outcome } }
    } catch (error) {
      if (isTrialAppError(error) && error.retryAfterMs !== undefined) job.waitUntil = new Date(Date.now() + error.retryAfterMs).toISOString()
      throw error
    }
  },
})
