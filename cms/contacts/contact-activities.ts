import { APIError, type CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'
import { contactActivityTypes } from './contact-activity-types'

const refuse = (message: string): never => {
  throw new APIError(message, 403, undefined, true)
}

/**
 * A contact's timeline: everything that happened with this person, one row per event, append-only. Written only by
 * appendActivity() (overrideAccess); no door may change or delete a row, not even with overrideAccess (the hooks
 * refuse), so the timeline can be trusted as history. `key` names the event: the same event appended twice (a
 * retried job, a double click) is stored once. Other domains react to activities through hooks wired in
 * payload.config.ts (campaigns count conversions and unsubscribes), so contacts never import them.
 */
export const ContactActivities: CollectionConfig = {
  slug: 'contact-activities',
  admin: { group: 'People', useAsTitle: 'type', defaultColumns: ['contact', 'type', 'at', 'campaign', 'detail'], description: 'Append-only: written by the flows, never edited.' },
  defaultSort: '-at',
  access: { read: isPeopleManager, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [
      ({ operation, data }) => {
        if (operation !== 'create') refuse('Contact activities cannot be changed.')
        return data
      },
    ],
    // Only erasure of the person (a later privacy flow, with this context flag) may remove their timeline.
    beforeDelete: [({ req }) => (req.context.erasure === true ? undefined : refuse('Contact activities cannot be deleted.'))],
  },
  fields: [
    // Not `required` in the schema: appendActivity always sets it, and a NOT NULL column would make deleting
    // (erasing) a contact fail on its foreign key instead of unlinking the rows.
    { name: 'contact', type: 'relationship', relationTo: 'contacts', index: true },
    { name: 'type', type: 'select', required: true, index: true, options: contactActivityTypes.map((v) => ({ label: v, value: v })) },
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true },
    { name: 'lists', type: 'json', admin: { description: 'The keys of the lists this event concerned.' } },
    { name: 'detail', type: 'text', maxLength: 500 },
    { name: 'key', type: 'text', required: true, unique: true, index: true },
  ],
}
