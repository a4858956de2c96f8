import type { CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { personalField } from '../encryption/personal-field'

/**
 * Addresses that get no marketing mail whatever a list says: hard bounces and spam complaints (recorded from
 * delivery events, with the reason) and manual entries. Personal data: marketers and admins only. Deleting an entry
 * lifts the suppression (e.g. after a person asks to receive mail again).
 */
export const Suppressions: CollectionConfig = {
  slug: 'suppressions',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'reason', 'createdAt'], group: 'Mail' },
  defaultSort: '-createdAt',
  access: { read: isPeopleManager, create: isPeopleManager, update: isPeopleManager, delete: isPeopleManager },
  hooks: {
    beforeValidate: [({ data }) => (data?.email ? { ...data, email: String(data.email).trim().toLowerCase() } : data)],
  },
  fields: [
    ...personalField({ collection: 'suppressions', name: 'email', type: 'email', required: true, lookup: { namespace: 'email', unique: true } }),
    {
      name: 'reason',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      options: [
        { label: 'Hard bounce', value: 'hard-bounce' },
        { label: 'Spam complaint', value: 'complaint' },
        { label: "On the provider's suppression list", value: 'provider-suppressed' },
        { label: 'Added by hand', value: 'manual' },
      ],
    },
    { name: 'detail', type: 'text', admin: { description: 'E.g. the bounce type (never the SMTP text, which can quote the address).' } },
    { name: 'message', type: 'relationship', relationTo: 'mail-messages', admin: { description: 'The message whose delivery event caused it.' } },
  ],
}
