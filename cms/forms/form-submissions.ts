import type { CollectionConfig } from 'payload'

import { locales } from '../../config/locales'
import { isAdmin } from '../access/is-admin'
import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'
import { auditCollection } from '../audit'
import { personalField } from '../encryption/personal-field'
import { formSubmissionsEndpoints } from './form-submissions-endpoints'

// Payload's JSON field loads its code editor from a CDN (a third-party request from the admin): ours shows the values.
const answersField = '/cms/forms/admin/form-answers-field#FormAnswersField'

/**
 * One answer to one form version. The person is the contact (address and name encrypted there); the answers are
 * encrypted here, the free text apart from the rest so retention and a purge can remove it alone. `minuteKey` makes
 * "one submission per form per person per minute" hold under concurrency; `entryKey` one contest entry per person.
 * Only the forms domain creates them; marketers and admins read; admins delete.
 */
export const FormSubmissions: CollectionConfig = {
  slug: 'form-submissions',
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['form', 'contact', 'flagged', 'submittedAt'],
    group: 'People',
    description: 'Answers to the forms. Flagged ones name health or client terms in their free text: review them, and purge the text.',
    components: { edit: { beforeDocumentControls: ['/cms/forms/admin/purge-free-text-button#PurgeFreeTextButton'] } },
  },
  access: { read: isPeopleManager, create: nobody, update: isPeopleManager, delete: isAdmin },
  hooks: auditCollection(),
  endpoints: formSubmissionsEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'form', type: 'relationship', relationTo: 'forms', required: true, index: true, admin: { readOnly: true } },
        { name: 'formVersion', type: 'text', maxLength: 100, admin: { readOnly: true, description: 'The version of the form this answers.' } },
        { name: 'contact', type: 'relationship', relationTo: 'contacts', index: true, admin: { readOnly: true } },
        { name: 'locale', type: 'select', options: locales.map((l) => ({ label: l.toUpperCase(), value: l })), admin: { readOnly: true } },
      ],
    },
    ...personalField({ collection: 'form-submissions', name: 'answers', type: 'json', admin: { readOnly: true, components: { Field: answersField } } }),
    ...personalField({ collection: 'form-submissions', name: 'freeText', type: 'json', admin: { readOnly: true, description: 'Never mailed, never sent to the CRM; deleted with the form’s retention period or at once with Purge.', components: { Field: answersField } } }),
    {
      type: 'row',
      fields: [
        { name: 'flagged', type: 'checkbox', defaultValue: false, index: true, admin: { readOnly: true, description: 'The free text names health or client terms: review it, and purge it.' } },
        { name: 'flaggedTerms', type: 'text', hasMany: true, maxRows: 50, admin: { readOnly: true } },
        { name: 'purgedAt', type: 'date', admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'submittedAt', type: 'date', required: true, index: true, admin: { readOnly: true } },
        { name: 'expiresAt', type: 'date', index: true, admin: { readOnly: true, description: 'Deleted after this (the form’s retention period).' } },
      ],
    },
    {
      type: 'row',
      admin: { condition: (data) => Boolean(data?.termsVersion) },
      fields: [
        { name: 'termsVersion', type: 'text', maxLength: 100, admin: { readOnly: true, description: 'The version of the contest terms the entrant accepted.' } },
        { name: 'termsHash', type: 'text', maxLength: 64, admin: { readOnly: true, description: 'SHA-256 of the terms text accepted, in the entry’s language.' } },
      ],
    },
    { name: 'minuteKey', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'entryKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
  ],
}
