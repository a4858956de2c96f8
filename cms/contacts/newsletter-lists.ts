import type { CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { publicListsOrPeopleManager } from './public-lists-or-people-manager'
import { auditCollection } from '../audit'
import { invalidateOnChange, invalidateOnDelete } from '../content'
import { refuseListDeleteInUse } from './refuse-list-delete-in-use'

/**
 * The newsletters and mailing lists people can be on. The key names the list in signed links and in the consent
 * ledger, so it never changes once people subscribed (the admin shows it read-only after creation).
 */
const audit = auditCollection()

export const NewsletterLists: CollectionConfig = {
  slug: 'newsletter-lists',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'key', 'visibility', 'defaultForNew'], group: 'Newsletters' },
  access: { read: publicListsOrPeopleManager, create: isPeopleManager, update: isPeopleManager, delete: isPeopleManager },
  // The sign-up block on cached pages lists the public lists: a change must reach those pages at once.
  hooks: { ...audit, beforeDelete: [refuseListDeleteInUse], afterChange: [...audit.afterChange, invalidateOnChange], afterDelete: [...audit.afterDelete, invalidateOnDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 80 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 400 },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { update: ({ doc }) => !doc?.key },
      admin: { description: 'Lower-case letters, digits and dashes. Used in links and consent records; cannot change later.' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/.test(value) ? true : 'Use 1–40 lower-case letters, digits or dashes (e.g. "webinars").',
    },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'public',
      options: [
        { label: 'Public: offered on the site and in the preference center', value: 'public' },
        { label: 'Private: only people a marketer adds (e.g. customers)', value: 'private' },
      ],
    },
    { name: 'defaultForNew', type: 'checkbox', defaultValue: false, admin: { description: 'Pre-ticked for new subscribers on the sign-up form.' } },
  ],
}
