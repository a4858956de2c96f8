import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isContentEditor } from '../access/is-content-editor'
import { linkField } from './link-field'
import { auditGlobal } from '../audit'
import { invalidateOnGlobalChange } from './invalidate-render-cache'

/** The main menu: items with optional sub-items (one level deep keeps it usable on a phone). */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  access: { read: anyone, update: isContentEditor },
  hooks: { afterChange: [auditGlobal, invalidateOnGlobalChange] },
  fields: [
    {
      name: 'items',
      type: 'array',
      maxRows: 8,
      fields: [
        linkField(),
        { name: 'children', type: 'array', maxRows: 10, fields: [linkField()] },
      ],
    },
  ],
}
