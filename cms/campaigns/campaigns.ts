import { APIError, type Block, type CollectionConfig } from 'payload'

import { locales } from '../../config/locales'
import { isPeopleManager } from '../access/is-people-manager'
import { auditCollection } from '../audit'
import { campaignEndpoints } from './campaign-endpoints'
import { campaignTrackingEndpoints } from './campaign-tracking-endpoints'
import { campaignStatuses, editableCampaignStatuses } from './campaign-statuses'
import { nobodyField } from '../access/nobody-field'

const audit = auditCollection()

const blocks: Block[] = [
  { slug: 'heading', labels: { singular: 'Heading', plural: 'Headings' }, fields: [{ name: 'text', type: 'text', required: true, maxLength: 200 }] },
  { slug: 'paragraph', labels: { singular: 'Paragraph', plural: 'Paragraphs' }, fields: [{ name: 'text', type: 'textarea', required: true, maxLength: 5000 }] },
  {
    slug: 'button',
    labels: { singular: 'Button', plural: 'Buttons' },
    fields: [
      { name: 'label', type: 'text', required: true, maxLength: 80 },
      {
        name: 'url',
        type: 'text',
        required: true,
        admin: { description: 'Links to this site get the campaign parameter, so sign-ups they lead to are counted.' },
        validate: (value: unknown) => {
          try {
            return ['http:', 'https:'].includes(new URL(String(value)).protocol) ? true : 'Use an http(s) address.'
          } catch {
            return 'Use a full address, e.g. https://www.myplugin.app/nl/webinars'
          }
        },
      },
    ],
  },
  {
    slug: 'list',
    labels: { singular: 'Bulleted list', plural: 'Bulleted lists' },
    fields: [{ name: 'items', type: 'array', required: true, minRows: 1, maxRows: 20, fields: [{ name: 'text', type: 'text', required: true, maxLength: 500 }] }],
  },
]

/**
 * A newsletter or announcement: one version per language (subject, preheader, content blocks), sent to lists and
 * languages. Sending, scheduling, pausing and cancelling are actions (buttons in the admin → /api/campaigns/:id/…),
 * never plain edits; the progress and statistics are read from campaign-sends and campaign-events.
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'status', 'scheduledAt', 'sentAt', 'updatedAt'], group: 'Newsletters' },
  access: { read: isPeopleManager, create: isPeopleManager, update: isPeopleManager, delete: isPeopleManager },
  // Tracking first: its paths would otherwise be read as `/:id/…`.
  endpoints: [...campaignTrackingEndpoints, ...campaignEndpoints],
  hooks: {
    ...audit,
    beforeChange: [
      ({ originalDoc, operation, context }) => {
        if (operation !== 'update' || context.campaignAction) return
        const status = originalDoc?.status ?? 'draft'
        if (!editableCampaignStatuses.includes(status)) {
          throw new APIError(`This campaign is ${status}: its content can no longer change. Duplicate it to send a new version.`, 400, undefined, true)
        }
      },
    ],
    beforeDelete: [
      async ({ id, req }) => {
        const doc = await req.payload.findByID({ collection: 'campaigns', id, depth: 0, overrideAccess: true, select: { status: true } })
        if (doc.status === 'sending' || doc.status === 'paused') throw new APIError('Cancel the campaign before deleting it: it is being sent.', 400, undefined, true)
      },
    ],
  },
  fields: [
    {
      type: 'ui',
      name: 'campaignControls',
      admin: { components: { Field: '/cms/campaigns/admin/campaign-controls#CampaignControls' } },
    },
    { name: 'name', type: 'text', required: true, maxLength: 120, admin: { description: 'For the team only; readers see the subject.' } },
    {
      type: 'row',
      fields: [
        { name: 'lists', type: 'relationship', relationTo: 'newsletter-lists', hasMany: true, required: true, minRows: 1 },
        {
          name: 'languages',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: [...locales],
          options: locales.map((l) => ({ label: l.toUpperCase(), value: l })),
          admin: { description: 'Subscribers reading another language are not sent this campaign.' },
        },
      ],
    },
    { name: 'subject', type: 'text', localized: true, maxLength: 200 },
    { name: 'preheader', type: 'text', localized: true, maxLength: 200, admin: { description: 'The line mail apps show after the subject.' } },
    { name: 'content', type: 'blocks', localized: true, maxRows: 50, blocks, admin: { description: 'Starts with "Dear {first name}," (or a neutral greeting) automatically.' } },
    {
      name: 'status',
      type: 'select',
      // Not `required`: only actions set it (the default starts it), and GraphQL would demand it on create.
      index: true,
      defaultValue: 'draft',
      options: campaignStatuses.map((s) => ({ label: s, value: s })),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'scheduledAt', type: 'date', index: true, access: { create: nobodyField, update: nobodyField }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sentAt', type: 'date', access: { create: nobodyField, update: nobodyField }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
