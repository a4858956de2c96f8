import type { CollectionConfig } from 'payload'

import { isContentEditor } from '../access/is-content-editor'
import { publishedOrEditor } from '../access/published-or-editor'
import { pageBlocks } from './blocks/page-blocks'
import { slugField } from './slug-field'
import { auditCollection } from '../audit'
import { invalidateOnChange, invalidateOnDelete } from './invalidate-render-cache'
import { missingTranslations } from './missing-translations'
import { refuseDeleteWhenLinked } from './refuse-delete-when-linked'

const audit = auditCollection()

/**
 * Site pages built from blocks, in nl (default) / fr / en. The block structure is shared; every text is translated
 * per field and falls back to Dutch. Drafts, versions with restore, scheduled publishing and live preview.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'] },
  versions: { maxPerDoc: 50, drafts: { autosave: { interval: 800 }, schedulePublish: true } },
  access: {
    read: publishedOrEditor,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
    readVersions: isContentEditor,
  },
  hooks: {
    beforeOperation: audit.beforeOperation,
    afterRead: [missingTranslations],
    afterChange: [...audit.afterChange, invalidateOnChange],
    beforeDelete: [refuseDeleteWhenLinked],
    afterDelete: [...audit.afterDelete, invalidateOnDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField({ collection: 'pages' }),
    {
      name: 'missingTranslations',
      type: 'text',
      virtual: true,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.missingTranslations) },
    },
    { name: 'layout', type: 'blocks', blocks: pageBlocks },
  ],
}
