import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/is-admin'
import { auditGlobal } from '../audit'
import { invalidateOnGlobalChange } from './invalidate-render-cache'

/**
 * The controller's details, as the privacy policy names them. Pages, mails and policy texts read them from here,
 * never from hard-coded text. Defaults come from the 2021 policy.
 */
export const Organisation: GlobalConfig = {
  slug: 'organisation',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [auditGlobal, invalidateOnGlobalChange] },
  fields: [
    { name: 'legalName', type: 'text', required: true, defaultValue: 'myPlugin' },
    { name: 'street', type: 'text', required: true, defaultValue: 'Dopheide 25' },
    { name: 'postalCode', type: 'text', required: true, defaultValue: '3970' },
    { name: 'city', type: 'text', required: true, defaultValue: 'Leopoldsburg' },
    { name: 'country', type: 'text', required: true, defaultValue: 'BE', admin: { description: 'ISO country code' } },
    {
      name: 'enterpriseNumber',
      type: 'text',
      required: true,
      defaultValue: 'BE 0756.779.548',
      validate: (v: unknown) => (typeof v === 'string' && /^BE ?0\d{3}\.?\d{3}\.?\d{3}$/.test(v.trim()) ? true : 'Use the Belgian format BE 0123.456.789.'),
    },
    { name: 'email', type: 'email', required: true, defaultValue: 'info@myplugin.app' },
    {
      name: 'dataProtectionAuthority',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', required: true, localized: true, defaultValue: 'Gegevensbeschermingsautoriteit' },
        { name: 'url', type: 'text', required: true, defaultValue: 'https://www.gegevensbeschermingsautoriteit.be' },
      ],
    },
  ],
}
