import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/is-admin'
import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'

/**
 * The sending state of one campaign, apart from its content so the per-batch writes stay small: the frozen
 * snapshot that is sent, where the cursor is (recipients go out in contact-id order), the batch in flight (so a
 * crash resends exactly it, under the same idempotency key) and the counts the progress bar shows.
 */
export const CampaignSends: CollectionConfig = {
  slug: 'campaign-sends',
  admin: { useAsTitle: 'campaign', defaultColumns: ['campaign', 'state', 'sent', 'total', 'updatedAt'], group: 'Newsletters', hidden: true },
  access: { read: isPeopleManager, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true, unique: true, index: true },
    { name: 'state', type: 'select', required: true, defaultValue: 'running', options: ['running', 'paused', 'cancelled', 'done'].map((v) => ({ label: v, value: v })) },
    { name: 'snapshot', type: 'json', required: true },
    { name: 'total', type: 'number', defaultValue: 0 },
    { name: 'sent', type: 'number', defaultValue: 0 },
    { name: 'skipped', type: 'number', defaultValue: 0 },
    { name: 'failed', type: 'number', defaultValue: 0 },
    { name: 'batches', type: 'number', defaultValue: 0 },
    { name: 'cursor', type: 'text', admin: { description: 'The last contact id handled.' } },
    { name: 'inFlight', type: 'json', admin: { description: 'The batch being sent: its key and recipients.' } },
    { name: 'lastError', type: 'text', admin: { description: 'Why sending paused itself (e.g. the provider refused the batch).' } },
    // Only one worker sends a campaign at a time (a resumed campaign's new job waits for the old one to let go).
    { name: 'leaseOwner', type: 'text', admin: { hidden: true } },
    { name: 'leaseUntil', type: 'date', admin: { hidden: true } },
    { name: 'startedAt', type: 'date' },
    { name: 'finishedAt', type: 'date' },
  ],
}
