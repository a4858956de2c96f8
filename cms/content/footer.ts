import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isContentEditor } from '../access/is-content-editor'
import { linkField } from './link-field'
import { auditGlobal } from '../audit'
import { invalidateOnGlobalChange } from './invalidate-render-cache'

export const Footer: GlobalConfig = {
  slug: 'footer',
  access: { read: anyone, update: isContentEditor },
  hooks: { afterChange: [auditGlobal, invalidateOnGlobalChange] },
  fields: [
    { name: 'links', type: 'array', maxRows: 12, fields: [linkField()] },
    {
      name: 'cookieSettingsLabel',
      type: 'text',
      localized: true,
      required: true,
      defaultValue: 'Cookie-instellingen',
      admin: { description: 'The footer link that reopens the cookie banner (always shown).' },
    },
    { name: 'note', type: 'text', localized: true },
  ],
}
