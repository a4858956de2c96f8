import type { Block } from 'payload'

const link = [
  { name: 'label', type: 'text', required: true },
  { name: 'href', type: 'text', required: true },
] as const

export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'lead', type: 'textarea' },
    { name: 'cta', type: 'group', fields: [...link.map((f) => ({ ...f, required: false }))] },
  ],
}

export const FeatureGridBlock: Block = {
  slug: 'featureGrid',
  interfaceName: 'FeatureGridBlock',
  fields: [
    { name: 'heading', type: 'text' },
    {
      name: 'features',
      type: 'array',
      minRows: 1,
      maxRows: 12,
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'text', type: 'textarea', required: true },
      ],
    },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  fields: [{ name: 'heading', type: 'text', required: true }, { name: 'text', type: 'textarea' }, ...link],
}

export const pageBlocks: Block[] = [HeroBlock, FeatureGridBlock, CallToActionBlock]
