import type { CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'

/**
 * The local mail outbox: where mail goes when no mail provider is configured, so every flow works on a laptop.
 * It holds addresses, so only marketers and admins can read it, and nobody can write it through the API.
 */
export const OutboxMessages: CollectionConfig = {
  slug: 'outbox-messages',
  admin: { useAsTitle: 'subject', defaultColumns: ['subject', 'to', 'createdAt'], group: 'Mail' },
  access: {
    read: isPeopleManager,
    create: () => false,
    update: () => false,
    delete: isPeopleManager,
  },
  fields: [
    { name: 'idempotencyKey', type: 'text', required: true, unique: true, index: true },
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'code', admin: { language: 'html' } },
    { name: 'text', type: 'textarea' },
  ],
}
