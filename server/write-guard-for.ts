import type { Payload } from 'payload'

import { sharedBudget } from '../cms/database/shared-budget'
import type { Runtime } from '../config/runtime'
import { createWriteGuard } from './create-write-guard'

/**
 * The write guard with the budgets the environment sets, kept in the database so that every instance draws from one
 * budget and a restart resets nothing: one place for the production and development servers. When the database
 * cannot answer, a budget counts in memory rather than refusing every request.
 */
export const writeGuardFor = ({ runtime, payload }: { runtime: Runtime; payload: Payload }) => {
  const budget = (name: string, points: number, durationSeconds: number) => sharedBudget({ payload, name, points, durationSeconds, fallBackToMemory: true })
  return createWriteGuard({
    publicUrl: runtime.publicUrl,
    trustProxy: runtime.TRUST_PROXY,
    budgets: {
      writes: budget('writes', runtime.RATE_LIMIT_WRITES_PER_MINUTE, 60),
      credentials: budget('sign-in', runtime.RATE_LIMIT_LOGINS_PER_5_MINUTES, 300),
      graphql: budget('graphql', runtime.RATE_LIMIT_GRAPHQL_PER_MINUTE, 60),
    },
  })
}
