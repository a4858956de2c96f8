import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/is-admin'
import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'

export const campaignEventTypes = ['delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed', 'converted'] as const
export type CampaignEventType = (typeof campaignEventTypes)[number]

/**
 * What happened after a campaign went out, one row per event, for the statistics and their charts. Opens and clicks
 * name the contact only when that person agreed to per-person measurement; otherwise the row is anonymous and
 * only counts towards the totals. `key` makes each event count once however often its webhook is delivered.
 */
export const CampaignEvents: CollectionConfig = {
  slug: 'campaign-events',
  admin: { group: 'Newsletters', hidden: true, defaultColumns: ['campaign', 'type', 'at'] },
  access: { read: isPeopleManager, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true, index: true },
    { name: 'type', type: 'select', required: true, index: true, options: campaignEventTypes.map((v) => ({ label: v, value: v })) },
    { name: 'at', type: 'date', required: true, index: true },
    { name: 'contact', type: 'relationship', relationTo: 'contacts', index: true },
    { name: 'detail', type: 'text', maxLength: 200, admin: { description: 'For conversions: what the person signed up for.' } },
    { name: 'key', type: 'text', required: true, unique: true, index: true },
  ],
}
