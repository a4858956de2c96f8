import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/is-admin'

/**
 * The cookie banner's revision: publishing a major policy change raises it, and visitors whose consent was given under
 * an older revision are asked again for the categories that change affects.
 */
export const ConsentSettings: GlobalConfig = {
  slug: 'consent-settings',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'revision', type: 'number', required: true, defaultValue: 1, min: 1, admin: { readOnly: true } },
    {
      name: 'revisionCategories',
      type: 'select',
      hasMany: true,
      options: ['analytics', 'marketing'].map((v) => ({ label: v, value: v })),
      admin: { readOnly: true, description: 'The categories asked again at the latest revision.' },
    },
  ],
}
