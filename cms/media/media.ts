import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isContentEditor } from '../access/is-content-editor'

export const mediaMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/svg+xml', 'video/mp4', 'video/webm']
export const maxUploadBytes = 20 * 1024 * 1024

/**
 * Images and videos for the site. Alt text is required in every language (screen-reader users read it); sharp
 * makes responsive sizes in WebP. Stored on local disk in DATA_DIR/media, or on S3-compatible storage when S3_BUCKET
 * is set (see payload.config.ts).
 */
export const Media = ({ staticDir }: { staticDir: string }): CollectionConfig => ({
  slug: 'media',
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: {
    read: anyone,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  upload: {
    staticDir,
    mimeTypes: mediaMimeTypes,
    focalPoint: true,
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'wide', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'What the image shows, for people who cannot see it (required in every language).' },
    },
    { name: 'credit', type: 'text' },
  ],
})
