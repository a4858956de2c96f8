import type { GlobalConfig } from 'payload'

import { isAdmin } from '../access/is-admin'
import { auditGlobal } from '../audit'
import { retentionPeriodMessage } from './retention-period-message'
import { retentionPeriodNames, retentionPeriods } from './retention-periods'

/**
 * How long each kind of data is kept before the daily retention job deletes it (apply-retention-task.ts). Admins
 * only: shortening a period deletes data at the next run. Changes are audited.
 */
export const RetentionSettings: GlobalConfig = {
  slug: 'retention-settings',
  admin: { group: 'Privacy', description: 'How long data is kept. The daily retention job deletes what is older; the consent ledger is never deleted.' },
  access: { read: isAdmin, update: isAdmin },
  hooks: { afterChange: [auditGlobal] },
  fields: retentionPeriodNames.map((name) => ({
    name,
    label: retentionPeriods[name].label,
    type: 'number' as const,
    required: true,
    defaultValue: retentionPeriods[name].defaultValue,
    validate: (value: unknown) => retentionPeriodMessage({ name, value }) ?? true,
  })),
}
