import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/is-admin'
import { nobody } from '../access/nobody'

/**
 * Ids of the delivery webhooks already processed: a replayed id is acknowledged and ignored. Older than the signature tolerance they
 * are useless (a stale timestamp is refused anyway) and get pruned.
 */
export const MailWebhookReceipts: CollectionConfig = {
  slug: 'mail-webhook-receipts',
  admin: { hidden: true },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'webhookId', type: 'text', required: true, unique: true, index: true },
    { name: 'eventType', type: 'text' },
    { name: 'receivedAt', type: 'date', required: true, index: true },
  ],
}
