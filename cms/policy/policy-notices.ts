import type { CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'

/** Progress of the notice mail of one major policy version (written by its job, never through the API). */
export const PolicyNotices: CollectionConfig = {
  slug: 'policy-notices',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'state', 'sent', 'total', 'updatedAt'], group: 'Privacy' },
  access: { read: isPeopleManager, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'title', type: 'text' },
    { name: 'version', type: 'relationship', relationTo: 'policy-versions', required: true, unique: true, index: true },
    { name: 'state', type: 'select', required: true, defaultValue: 'queued', options: ['queued', 'sending', 'done'].map((v) => ({ label: v, value: v })) },
    { name: 'total', type: 'number', defaultValue: 0 },
    { name: 'sent', type: 'number', defaultValue: 0 },
    { name: 'cursor', type: 'text', admin: { description: 'Last contact id handled (the job resumes after it following a crash).' } },
    { name: 'finishedAt', type: 'date' },
  ],
}
