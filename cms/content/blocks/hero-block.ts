import type { Block } from 'payload'

import { linkField } from '../link-field'

export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    { name: 'lead', type: 'textarea', localized: true },
    { name: 'image', type: 'upload', relationTo: 'media' },
    linkField({ name: 'cta', required: false }),
  ],
}
