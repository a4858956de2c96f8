import type { TaskConfig } from 'payload'

import { cappedRetryOnFail } from '../jobs/capped-retry-on-fail'
import { defaultRetries } from '../jobs/default-retries'
import { runRetention } from './run-retention'

/** The daily job (queued by the runner, see custom.dailyJobs in payload.config.ts) behind runRetention. */
export const applyRetentionTask = (): TaskConfig<'applyRetention'> => ({
  slug: 'applyRetention',
  retries: defaultRetries,
  onFail: cappedRetryOnFail,
  inputSchema: [],
  outputSchema: [{ name: 'reportId', type: 'text' }],
  handler: async ({ req }) => {
    const report = await runRetention({ payload: req.payload })
    return { output: { reportId: String(report.id) } }
  },
})
