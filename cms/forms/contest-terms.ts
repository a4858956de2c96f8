import type { CollectionConfig } from 'payload'

import { canonicalText } from '../policy'
import { sha256 } from '../../config/sha256'
import { isAdmin } from '../access/is-admin'
import { isPeopleManager } from '../access/is-people-manager'
import { publishedOrEditor } from '../access/published-or-editor'
import { auditCollection } from '../audit'
import { keepAcceptedTerms } from './keep-accepted-terms'
import { numberTermsVersion } from './number-terms-version'

/**
 * The terms of a promotion or contest, a document with versions like the privacy policy: every publication is kept
 * (Payload's versions, never pruned), numbered, and each language's canonical text hashed, so an entry records the
 * exact version and text its entrant accepted and the site can show that version for ever at a permanent address.
 * Several contests may share one set of terms.
 */
export const ContestTerms: CollectionConfig = {
  slug: 'contest-terms',
  labels: { singular: 'Contest terms', plural: 'Contest terms' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'versionNumber', '_status', 'updatedAt'], group: 'People', description: 'Terms of promotions and contests. Each publication is a new numbered version; entries record the one they accepted.' },
  versions: { maxPerDoc: 0, drafts: true },
  access: { read: publishedOrEditor, create: isPeopleManager, update: isPeopleManager, delete: isAdmin, readVersions: isPeopleManager },
  hooks: { ...auditCollection(), beforeChange: [numberTermsVersion], beforeDelete: [keepAcceptedTerms] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 150 },
    { name: 'body', type: 'richText', required: true, localized: true },
    {
      type: 'row',
      fields: [
        { name: 'versionNumber', type: 'number', admin: { readOnly: true, width: '30%', description: 'Set at each publication: 1, 2, 3…' } },
        {
          name: 'textHash',
          type: 'text',
          localized: true,
          admin: { readOnly: true, width: '70%', description: 'SHA-256 of this language’s text as readers see it; entries record it.' },
          // Recomputed on every save from the text being saved, so it always matches the version it is stored with.
          hooks: { beforeChange: [({ siblingData }) => sha256({ text: canonicalText({ content: siblingData.body }) })] },
        },
      ],
    },
  ],
}
