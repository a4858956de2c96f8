import type { Payload } from 'payload'

import { retentionPeriodMessage } from './retention-period-message'
import { retentionPeriodNames, retentionPeriods, type RetentionPeriodValues } from './retention-periods'

/**
 * The periods to apply now. A stored value that is not a valid period (written beneath the field's validation) is
 * not trusted: the run stops rather than guess, because a wrong period deletes data that cannot come back.
 */
export const loadRetentionPeriods = async ({ payload }: { payload: Payload }): Promise<RetentionPeriodValues> => {
  const stored = (await payload.findGlobal({ slug: 'retention-settings', depth: 0, overrideAccess: true })) as unknown as Partial<Record<string, unknown>>
  const periods = {} as RetentionPeriodValues
  for (const name of retentionPeriodNames) {
    const value = stored[name] ?? retentionPeriods[name].defaultValue
    const message = retentionPeriodMessage({ name, value })
    if (message) throw new Error(`retention-settings.${name}: ${message}`)
    periods[name] = value as number
  }
  return periods
}
