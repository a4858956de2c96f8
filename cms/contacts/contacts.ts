import type { CollectionConfig } from 'payload'

import { locales } from '../../config/locales'
import { isPeopleManager } from '../access/is-people-manager'
import { nobodyField } from '../access/nobody-field'
import { auditCollection } from '../audit'
import { contactCountries, contactProfessions } from './contact-profile'
import { newContactRef } from './new-contact-ref'
import { contactSources, contactStatuses, subscriptionStatuses } from './subscription-statuses'
import { personalField } from '../encryption/personal-field'

const audit = auditCollection()
const options = (values: readonly string[]) => values.map((v) => ({ label: v, value: v }))

/**
 * One contact per person we hold data about (DESIGN.md principle 8): one row per address (normalised, unique), who
 * they are, their status per list and overall, and their activity timeline. Personal data: marketers and admins
 * only. Every consent change a person makes goes through the consent ledger (cms/contacts/* operations); the admin
 * may correct data but the ledger stays the evidence.
 */
export const Contacts: CollectionConfig = {
  slug: 'contacts',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'status', 'profession', 'locale', 'source', 'createdAt'], group: 'People' },
  access: { read: isPeopleManager, create: isPeopleManager, update: isPeopleManager, delete: isPeopleManager },
  hooks: {
    ...audit,
    beforeValidate: [({ data }) => (data?.email ? { ...data, email: String(data.email).trim().toLowerCase() } : data)],
    // Whatever a create says, the person gets a fresh random reference (see the `ref` field).
    beforeChange: [({ data, operation }) => (operation === 'create' ? { ...data, ref: newContactRef() } : data)],
  },
  fields: [
    // Encrypted at rest; found and kept unique through a keyed hash of the address (cms/encryption/).
    ...personalField({ collection: 'contacts', name: 'email', type: 'email', required: true, lookup: { namespace: 'email', unique: true } }),
    {
      // Random and never reused, unlike SQLite's integer ids (a deleted person's id goes to the next one): signed
      // links and ledger records name the person by it, so nobody inherits another's links or consent history.
      name: 'ref',
      type: 'text',
      unique: true,
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar', description: 'Random reference in this person’s links and consent records; never reused.' },
    },
    ...personalField({ collection: 'contacts', name: 'name', type: 'text', maxLength: 100 }),
    { type: 'row', fields: [
      { name: 'profession', type: 'select', options: options(contactProfessions) },
      ...personalField({ collection: 'contacts', name: 'organisation', type: 'text', maxLength: 200 }),
      { name: 'country', type: 'select', options: contactCountries.map((c) => ({ label: c === 'other' ? 'Other' : c, value: c })) },
    ] },
    { name: 'locale', type: 'select', required: true, defaultValue: 'nl', options: locales.map((l) => ({ label: l.toUpperCase(), value: l })) },
    { name: 'status', type: 'select', required: true, index: true, defaultValue: 'active', options: options(contactStatuses) },
    // Not `required`: the default fills it, and GraphQL would otherwise demand it of every client.
    { name: 'source', type: 'select', defaultValue: 'admin', options: options(contactSources) },
    {
      name: 'subscriptions',
      type: 'array',
      admin: { description: 'Status per list. Pending until the person clicks the confirmation link.' },
      fields: [
        { type: 'row', fields: [
          { name: 'list', type: 'relationship', relationTo: 'newsletter-lists', required: true, index: true },
          { name: 'status', type: 'select', required: true, index: true, defaultValue: 'pending', options: options(subscriptionStatuses) },
          { name: 'changedAt', type: 'date' },
        ] },
      ],
    },
    {
      name: 'tracking',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'The person agreed that opens and clicks are measured per person. Without it, only totals are counted.' },
    },
    {
      name: 'attribution',
      type: 'group',
      admin: { description: 'The campaign whose link brought this person to sign up (within 30 days of sending).' },
      fields: [
        { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true },
        { name: 'at', type: 'date' },
      ],
    },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true } },
    { name: 'lastConfirmMailAt', type: 'date', admin: { hidden: true } },
    {
      // Read-only here: the timeline is appended to by the operations (appendActivity), never edited.
      name: 'activities',
      type: 'join',
      collection: 'contact-activities',
      on: 'contact',
      defaultSort: '-at',
      defaultLimit: 20,
      admin: { defaultColumns: ['type', 'at', 'campaign', 'detail'], allowCreate: false },
    },
    {
      // What went to HubSpot about this person, when and under which legal basis (written by the CRM domain, which
      // sits above this one: the join names its collection, nothing here imports it).
      name: 'crmReceipts',
      label: 'Sent to HubSpot',
      type: 'join',
      collection: 'crm-receipts',
      on: 'contact',
      defaultSort: '-at',
      defaultLimit: 20,
      admin: { defaultColumns: ['action', 'legalBasis', 'evidenceSequence', 'at', 'properties'], allowCreate: false },
    },
  ],
}
