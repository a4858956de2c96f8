import type { CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'
import { auditCollection } from '../audit'
import { formDrawsEndpoints } from './form-draws-endpoints'

// Not Payload's JSON editor: it loads from a CDN.
const idsField = '/cms/forms/admin/form-answers-field#FormAnswersField'

/**
 * The record of a contest's draw, written once by the draw itself and never changed: who drew, when, over how many
 * entries (their ids, in the canonical order, and the hash of that list), the random seed and the algorithm, and the
 * winners in the order drawn. Anyone holding it can recompute the winners (draw-winners.ts spells the algorithm out),
 * even after the entries themselves are gone with their retention period. One draw per contest (a unique form).
 */
export const FormDraws: CollectionConfig = {
  slug: 'form-draws',
  labels: { singular: 'Contest draw', plural: 'Contest draws' },
  admin: { useAsTitle: 'id', defaultColumns: ['form', 'entryCount', 'drawnBy', 'drawnAt'], group: 'People', description: 'Contest draws: random, reproducible from the recorded seed. Draw from the contest form’s page.' },
  access: { read: isPeopleManager, create: nobody, update: nobody, delete: nobody },
  hooks: auditCollection(),
  endpoints: formDrawsEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'form', type: 'relationship', relationTo: 'forms', required: true, unique: true, index: true, admin: { readOnly: true } },
        { name: 'drawnBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
        { name: 'drawnAt', type: 'date', required: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'entryCount', type: 'number', required: true, admin: { readOnly: true } },
        { name: 'winnersCount', type: 'number', required: true, admin: { readOnly: true } },
        { name: 'algorithm', type: 'text', required: true, admin: { readOnly: true } },
      ],
    },
    { name: 'seed', type: 'text', required: true, admin: { readOnly: true, description: '32 random bytes (hex), drawn by the server at the moment of the draw.' } },
    { name: 'entriesHash', type: 'text', required: true, admin: { readOnly: true, description: 'SHA-256 of the entry ids, sorted, one per line.' } },
    { name: 'entryIds', type: 'json', required: true, admin: { readOnly: true, description: 'The entries the draw ran over (submission ids, no personal data).', components: { Field: idsField } } },
    { name: 'winners', type: 'relationship', relationTo: 'form-submissions', hasMany: true, admin: { readOnly: true, description: 'In the order drawn. The entries themselves go with the form’s retention period; the ids stay.' } },
    { name: 'winnerIds', type: 'json', required: true, admin: { readOnly: true, components: { Field: idsField } } },
  ],
}
