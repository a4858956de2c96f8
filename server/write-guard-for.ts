import type { Runtime } from '../config/runtime'
import { createWriteGuard } from './create-write-guard'

/** The write guard with the budgets the environment sets: one place for the production and development servers. */
export const writeGuardFor = ({ runtime }: { runtime: Runtime }) =>
  createWriteGuard({
    publicUrl: runtime.publicUrl,
    trustProxy: runtime.TRUST_PROXY,
    limits: {
      writesPerMinute: runtime.RATE_LIMIT_WRITES_PER_MINUTE,
      credentialAttemptsPer5Minutes: runtime.RATE_LIMIT_LOGINS_PER_5_MINUTES,
      graphqlRequestsPerMinute: runtime.RATE_LIMIT_GRAPHQL_PER_MINUTE,
    },
  })
