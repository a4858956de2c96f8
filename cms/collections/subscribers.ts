import type { CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { auditCollection } from '../hooks/audit-collection'
import { locales } from '../../emails/locales'

/**
 * People who subscribed to mail from myPlugin. Personal data: marketers and admins only.
 * (The newsletter capability adds lists, double opt-in and the preference center on top of this.)
 */
const audit = auditCollection()

export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'status', 'locale', 'createdAt'], group: 'People' },
  access: { read: isPeopleManager, create: isPeopleManager, update: isPeopleManager, delete: isPeopleManager },
  hooks: {
    ...audit,
    beforeValidate: [({ data }) => (data?.email ? { ...data, email: String(data.email).trim().toLowerCase() } : data)],
  },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true },
    { name: 'name', type: 'text' },
    { name: 'locale', type: 'select', required: true, defaultValue: 'nl', options: locales.map((l) => ({ label: l.toUpperCase(), value: l })) },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      options: ['pending', 'confirmed', 'unsubscribed', 'bounced', 'complained'].map((v) => ({ label: v, value: v })),
    },
  ],
}
