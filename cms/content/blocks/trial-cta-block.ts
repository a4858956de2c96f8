import type { Block } from 'payload'

import { linkField } from '../link-field'

export const TrialCtaBlock: Block = {
  slug: 'trialCta',
  interfaceName: 'TrialCtaBlock',
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    { name: 'text', type: 'textarea', localized: true },
    { name: 'points', type: 'array', maxRows: 6, fields: [{ name: 'text', type: 'text', required: true, localized: true }] },
    linkField(),
  ],
}
