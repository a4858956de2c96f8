import type { CollectionConfig } from 'payload'

import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'
import { auditCollection } from '../audit'
import { audienceExportsEndpoints } from './audience-exports-endpoints'

/**
 * The log of every custom-audience file handed out (issue #18), written by the export itself and never changed:
 * who, when, how many people, the consent revision it rests on (the policy version in force and the ads wording in
 * each language, as the ledger records name them) and the SHA-256 of the file, so a file found later can be matched
 * to its export. The file and the hashed addresses are not kept: a new export is made from the ledger as it is then.
 */
export const AudienceExports: CollectionConfig = {
  slug: 'audience-exports',
  labels: { singular: 'Audience export', plural: 'Audience exports' },
  admin: {
    useAsTitle: 'exportedAt',
    defaultColumns: ['exportedAt', 'audience', 'exportedBy', 'peopleCount', 'policyLabel', 'fileHash'],
    group: 'People',
    description: 'Every download of a custom audience (hashed addresses of consenting professionals). Written by the download itself.',
    components: { beforeList: ['/cms/crm/admin/audience-export-panel#AudienceExportPanel'] },
  },
  access: { read: isPeopleManager, create: nobody, update: nobody, delete: nobody },
  hooks: auditCollection(),
  endpoints: audienceExportsEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'audience', type: 'select', required: true, defaultValue: 'facebook', options: [{ label: 'Facebook (customer list)', value: 'facebook' }], admin: { readOnly: true } },
        { name: 'exportedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
        { name: 'exportedAt', type: 'date', required: true, index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'peopleCount', type: 'number', required: true, admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'policyVersion', type: 'text', required: true, admin: { readOnly: true, description: 'The id of the privacy policy version in force, as consent records name it.' } },
        { name: 'policyLabel', type: 'text', admin: { readOnly: true } },
      ],
    },
    { name: 'adsWordings', type: 'json', required: true, admin: { readOnly: true, description: 'The ads consent wording in force, per language: id and SHA-256, as the ledger records of the grants name them.' } },
    { name: 'fileHash', type: 'text', required: true, admin: { readOnly: true, description: 'SHA-256 of the downloaded file, byte for byte.' } },
  ],
}
