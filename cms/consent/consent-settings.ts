import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/is-admin'
import { invalidateOnGlobalChange } from '../content'
import { auditGlobal } from '../audit'
import { bannerTextFields } from './banner-texts'

/**
 * The cookie banner's revision: publishing a major policy change raises it, and visitors whose consent was given under
 * an older revision are asked again for the categories that change affects.
 */
export const ConsentSettings: GlobalConfig = {
  slug: 'consent-settings',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [auditGlobal, invalidateOnGlobalChange] },
  fields: [
    { name: 'banner', type: 'group', fields: bannerTextFields },
    {
      name: 'trackingIds',
      type: 'group',
      admin: { description: 'A processor without its id is never loaded, whatever a visitor accepts.' },
      fields: [
        {
          name: 'gaMeasurementId',
          type: 'text',
          label: 'Google Analytics 4 measurement ID',
          validate: (v: unknown) => (!v || /^G-[A-Z0-9]{4,12}$/.test(String(v)) ? true : 'A GA4 measurement ID looks like G-ABC123XYZ.'),
        },
        { name: 'hotjarSiteId', type: 'text', label: 'Hotjar site ID', validate: (v: unknown) => (!v || /^\d{5,10}$/.test(String(v)) ? true : 'A Hotjar site ID is 5–10 digits.') },
        { name: 'facebookPixelId', type: 'text', label: 'Facebook pixel ID', validate: (v: unknown) => (!v || /^\d{10,20}$/.test(String(v)) ? true : 'A pixel ID is 10–20 digits.') },
        { name: 'leadfeederId', type: 'text', label: 'Leadfeeder tracker ID', validate: (v: unknown) => (!v || /^[A-Za-z0-9]{6,40}$/.test(String(v)) ? true : 'Letters and digits only (6–40).') },
      ],
    },
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
