import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/is-admin'
import { nobody } from '../access/nobody'
import { retentionKindNames, retentionKinds } from './retention-kinds'

/**
 * One row per retention run: when it ran, the periods it applied and how many rows of each kind it removed. Counts
 * only, never what was removed. Written by the job (overrideAccess), read by admins, changed by nobody.
 */
export const RetentionReports: CollectionConfig = {
  slug: 'retention-reports',
  admin: { group: 'Privacy', useAsTitle: 'ranAt', defaultColumns: ['ranAt', ...retentionKindNames], description: 'What the daily retention job removed.' },
  defaultSort: '-ranAt',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'ranAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // Not `required`: the job always sets them, and GraphQL would otherwise demand them of every (refused) client.
    ...retentionKindNames.map((name) => ({ name, label: retentionKinds[name], type: 'number' as const, defaultValue: 0 })),
    { name: 'periods', type: 'json', admin: { description: 'The retention settings this run applied.' } },
  ],
}
