import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/is-admin'
import { isPeopleManager } from '../access/is-people-manager'
import { mailStatuses } from './mail-status'
import { retryMailMessageEndpoint } from './retry-mail-message-endpoint'
import { nobody } from '../access/nobody'
import { personalField } from '../encryption/personal-field'

/**
 * Every message the product sent or tried to send, with its status as the provider reports it (delivery events),
 * the provider's id and the last error. A message that failed for good keeps what is needed to send it again (a
 * dead letter): the Retry button queues it anew. Addresses are personal data: marketers and admins only; written by
 * the mail jobs and webhooks, never through the API.
 */
export const MailMessages: CollectionConfig = {
  slug: 'mail-messages',
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'template', 'to', 'updatedAt'],
    group: 'Mail',
    description: 'Every mail sent, with its delivery status. Failed messages can be retried.',
  },
  defaultSort: '-createdAt',
  access: { read: isPeopleManager, create: nobody, update: nobody, delete: isAdmin },
  endpoints: [retryMailMessageEndpoint],
  fields: [
    {
      name: 'retry',
      type: 'ui',
      admin: { components: { Field: '/cms/mail/admin/retry-mail-message-button#RetryMailMessageButton' } },
    },
    { name: 'status', type: 'select', required: true, index: true, defaultValue: 'queued', options: mailStatuses.map((s) => ({ label: s, value: s })) },
    { name: 'subject', type: 'text' },
    ...personalField({ collection: 'mail-messages', name: 'to', type: 'email', required: true, lookup: { namespace: 'email' } }),
    { name: 'template', type: 'text', index: true },
    { name: 'locale', type: 'text' },
    { name: 'category', type: 'select', options: ['transactional', 'marketing'].map((v) => ({ label: v, value: v })) },
    { name: 'contact', type: 'relationship', relationTo: 'contacts', index: true },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true },
    { name: 'idempotencyKey', type: 'text', required: true, unique: true, index: true },
    { name: 'provider', type: 'text' },
    { name: 'providerId', type: 'text', index: true, admin: { description: "The provider's id of this message (delivery events refer to it)." } },
    { name: 'error', type: 'textarea', admin: { description: 'The last error (never contains addresses).' } },
    { name: 'sentAt', type: 'date' },
    { name: 'lastEventAt', type: 'date' },
    {
      name: 'events',
      type: 'array',
      admin: { description: 'Delivery events as the provider reported them.' },
      fields: [
        { name: 'type', type: 'text', required: true },
        { name: 'at', type: 'date' },
        { name: 'detail', type: 'text' },
      ],
    },
    ...personalField({
      collection: 'mail-messages',
      name: 'outgoing',
      type: 'json',
      admin: { hidden: true, description: 'The rendered message while its job waits to send it; cleared once the provider accepted it.' },
    }),
    ...personalField({
      collection: 'mail-messages',
      name: 'deadLetter',
      type: 'json',
      admin: { hidden: true, description: 'The rendered message of a failed send, kept until it is retried.' },
    }),
  ],
}
