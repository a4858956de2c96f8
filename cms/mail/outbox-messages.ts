import type { CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'
import { personalField } from '../encryption/personal-field'

/**
 * The local mail outbox: where mail goes when no mail provider is configured (RESEND_API_KEY unset), so every flow
 * works on a laptop: the preview shows each message as its recipient would see it, links clickable.
 * It holds addresses, so only marketers and admins can read it, and nobody can write it through the API.
 */
export const OutboxMessages: CollectionConfig = {
  slug: 'outbox-messages',
  admin: { useAsTitle: 'subject', defaultColumns: ['subject', 'to', 'category', 'createdAt'], group: 'Mail' },
  defaultSort: '-createdAt',
  access: {
    read: isPeopleManager,
    create: nobody,
    update: nobody,
    delete: isPeopleManager,
  },
  fields: [
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '/cms/mail/admin/mail-html-preview-field#MailHtmlPreviewField' } },
    },
    { name: 'idempotencyKey', type: 'text', required: true, unique: true, index: true },
    ...personalField({ collection: 'outbox-messages', name: 'to', type: 'email', required: true, lookup: { namespace: 'email' } }),
    { name: 'subject', type: 'text', required: true },
    { name: 'category', type: 'select', options: ['transactional', 'marketing'].map((v) => ({ label: v, value: v })) },
    // Shown by the preview above; hidden here because the admin's JSON and code editors load from a CDN.
    { name: 'headers', type: 'json', admin: { hidden: true } },
    // The body greets the person by name: encrypted like the address.
    ...personalField({ collection: 'outbox-messages', name: 'html', type: 'textarea', admin: { description: 'The HTML part, as sent (rendered in the preview above).' } }),
    ...personalField({ collection: 'outbox-messages', name: 'text', type: 'textarea' }),
    // A calendar invitation holds the attendee's address and private join link: encrypted like the body, as one
    // value (filename, content type, base64 content of each file). Listed with download links by the preview above.
    ...personalField({
      collection: 'outbox-messages',
      name: 'attachments',
      type: 'json',
      admin: { hidden: true, description: 'The files sent with the message: filename, content type and base64 content of each.' },
    }),
  ],
}
