import type { CollectionConfig } from 'payload'

import { isContentEditor } from '../access/is-content-editor'
import { publishedOrEditor } from '../access/published-or-editor'
import { pageBlocks } from '../blocks/page-blocks'

/** Site pages, built from blocks, localised nl (default) / fr / en. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'] },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrEditor,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    {
      name: 'slug',
      type: 'text',
      required: true,
      localized: true,
      index: true,
      admin: { position: 'sidebar', description: 'The path after /nl/, /fr/ or /en/. "home" is the start page.' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(value)
          ? true
          : 'Use lower-case letters, digits and dashes, with / between levels (e.g. "pricing" or "about/team").',
    },
    { name: 'description', type: 'textarea', localized: true, maxLength: 300 },
    { name: 'layout', type: 'blocks', localized: true, blocks: pageBlocks },
  ],
}
