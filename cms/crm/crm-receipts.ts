import type { CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'

export const crmReceiptActions = ['upserted', 'subscribed', 'unsubscribed', 'gdpr-deleted'] as const

/**
 * What left for HubSpot, per person: when, which properties (names only; their values are in the contact), under
 * which legal basis and ledger record. Written once per change (`key` is unique: a retried round never writes a
 * second). The person's random `contactRef` stays when the contact itself is erased, so the erasure receipt remains.
 */
export const CrmReceipts: CollectionConfig = {
  slug: 'crm-receipts',
  labels: { singular: 'CRM receipt', plural: 'CRM receipts' },
  admin: { useAsTitle: 'action', defaultColumns: ['contact', 'action', 'legalBasis', 'at'], group: 'People', description: 'Every transfer to HubSpot, its legal basis and the consent record it rested on.' },
  access: { read: isPeopleManager, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'contact', type: 'relationship', relationTo: 'contacts', index: true, admin: { readOnly: true } },
        { name: 'contactRef', type: 'text', required: true, index: true, admin: { readOnly: true } },
        { name: 'action', type: 'select', required: true, options: crmReceiptActions.map((a) => ({ label: a, value: a })), admin: { readOnly: true } },
        { name: 'at', type: 'date', required: true, index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'purpose', type: 'text', admin: { readOnly: true } },
        { name: 'legalBasis', type: 'text', admin: { readOnly: true } },
        { name: 'evidenceSequence', type: 'number', admin: { readOnly: true } },
      ],
    },
    { name: 'legalBasisExplanation', type: 'text', maxLength: 500, admin: { readOnly: true } },
    { name: 'properties', type: 'text', hasMany: true, maxRows: 50, admin: { readOnly: true, description: 'The property names sent.' } },
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
  ],
}
