import type { TaskConfig } from 'payload'

import type { HubSpotCrm } from '../../integrations/hubspot'
import { runCrmSync } from './run-crm-sync'

/**
 * The recurring CRM sync round (custom.dailyJobs: every minute). It never throws for HubSpot's sake: people wait with
 * their own backoff in crm-syncs, so one job run is one round and the next slot brings the next.
 */
export const syncCrmTask = ({ crm, subscriptionId }: { crm?: HubSpotCrm; subscriptionId?: string }): TaskConfig<'syncCrm'> => ({
  slug: 'syncCrm',
  retries: 0,
  inputSchema: [],
  outputSchema: [{ name: 'outcome', type: 'json' }],
  handler: async ({ req }) => ({ output: { outcome: await runCrmSync({ payload: req.payload, crm, subscriptionId }) } }),
})
