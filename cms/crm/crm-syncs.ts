import type { CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'
import { auditCollection } from '../audit'
import { crmEndpoints } from './crm-endpoints'

export const crmSyncStates = ['pending', 'synced', 'skipped', 'failed', 'withdrawn'] as const
export type CrmSyncState = (typeof crmSyncStates)[number]

/**
 * Where each person stands with HubSpot: one row per contact, written by the sync only. `pending` rows are due at
 * `dueAt` (a change on their timeline, or a retry after backoff); `synced` holds what was last sent (its hash, the
 * legal basis and the ledger record it rested on) so an unchanged person costs no request; `skipped` means the gate
 * sent nothing (no consent, no contract); `withdrawn` that consent ended and HubSpot was told; `failed` is a dead
 * letter (HubSpot refused the person, or ten attempts failed): listed on the CRM page, retried by a marketer.
 */
export const CrmSyncs: CollectionConfig = {
  slug: 'crm-syncs',
  labels: { singular: 'CRM sync', plural: 'CRM syncs' },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['contact', 'state', 'purpose', 'legalBasis', 'syncedAt', 'attempts'],
    group: 'People',
    description: 'What went to HubSpot for each person, and what is waiting.',
    components: { beforeList: ['/cms/crm/admin/crm-status-panel#CrmStatusPanel'] },
  },
  access: { read: isPeopleManager, create: nobody, update: nobody, delete: nobody },
  hooks: auditCollection(),
  endpoints: crmEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'contact', type: 'relationship', relationTo: 'contacts', required: true, unique: true, index: true, admin: { readOnly: true } },
        { name: 'state', type: 'select', required: true, index: true, defaultValue: 'pending', options: crmSyncStates.map((s) => ({ label: s, value: s })), admin: { readOnly: true } },
        { name: 'dueAt', type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'purpose', type: 'select', options: ['crm', 'trial'].map((s) => ({ label: s, value: s })), admin: { readOnly: true } },
        { name: 'legalBasis', type: 'text', admin: { readOnly: true } },
        { name: 'evidenceSequence', type: 'number', admin: { readOnly: true, description: 'The consent ledger record the transfer rests on.' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'hubspotId', type: 'text', admin: { readOnly: true } },
        { name: 'sentHash', type: 'text', admin: { readOnly: true, description: 'SHA-256 of the properties last sent: unchanged, nothing is sent again.' } },
        { name: 'subscribed', type: 'checkbox', defaultValue: false, admin: { readOnly: true, description: 'The follow-up subscription is set at HubSpot.' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'syncedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'attempts', type: 'number', defaultValue: 0, admin: { readOnly: true } },
        { name: 'lastError', type: 'text', maxLength: 500, admin: { readOnly: true, description: 'Never holds an address.' } },
      ],
    },
  ],
}
