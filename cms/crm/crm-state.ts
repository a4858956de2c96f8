import type { GlobalConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'

/**
 * The CRM sync's own state, written by the sync only: how far it has read the contacts' timelines (`cursor`, an
 * activity id), when it last ran and last reached HubSpot, the last error (never an address), and a pause when
 * HubSpot's daily limit is spent or the token is refused.
 */
export const CrmState: GlobalConfig = {
  slug: 'crm-state',
  label: 'CRM state',
  admin: { group: 'People', hidden: true },
  access: { read: isPeopleManager, update: nobody },
  fields: [
    { name: 'cursor', type: 'number', defaultValue: 0 },
    { name: 'lastRunAt', type: 'date' },
    { name: 'lastSuccessAt', type: 'date' },
    { name: 'lastError', type: 'text', maxLength: 500 },
    { name: 'lastErrorAt', type: 'date' },
    { name: 'pausedUntil', type: 'date' },
  ],
}
