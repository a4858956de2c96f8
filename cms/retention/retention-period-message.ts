import { z } from 'zod'

import { retentionPeriods, type RetentionPeriodName } from './retention-periods'

/**
 * Why a retention period cannot be accepted, or undefined when it can. Zero or less would delete data the moment it
 * is written (or everything at once), a fraction or text has no meaning as a period: all are refused, naming the
 * accepted range.
 */
export const retentionPeriodMessage = ({ name, value }: { name: RetentionPeriodName; value: unknown }): string | undefined => {
  const { unit, max } = retentionPeriods[name]
  const parsed = z.number().int().min(1).max(max).safeParse(value)
  if (parsed.success) return undefined
  return `A retention period must be a whole number of ${unit} from 1 to ${max}; “${String(value)}” is not. Nothing was saved.`
}
