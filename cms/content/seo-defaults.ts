import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/is-admin'
import { auditGlobal } from '../audit'
import { invalidateOnGlobalChange } from './invalidate-render-cache'

export const SeoDefaults: GlobalConfig = {
  slug: 'seo-defaults',
  label: 'SEO defaults',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [auditGlobal, invalidateOnGlobalChange] },
  fields: [
    { name: 'siteName', type: 'text', required: true, defaultValue: 'myPlugin' },
    { name: 'titleSuffix', type: 'text', defaultValue: ' · myPlugin' },
    { name: 'description', type: 'textarea', localized: true, maxLength: 300 },
    { name: 'shareImage', type: 'upload', relationTo: 'media' },
    {
      name: 'allowIndexing',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Off: robots.txt disallows everything and pages say noindex (e.g. on a staging site).' },
    },
  ],
}
