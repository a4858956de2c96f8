import type { Block, Field } from 'payload'

/** A field's technical name: what the answer is stored under and what exports name it; never shown to visitors. */
const namePattern = /^[a-z][a-z0-9_]{0,39}$/

const base: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        validate: (value: unknown) => (typeof value === 'string' && namePattern.test(value) ? true : 'Use lower-case letters, digits and _ (start with a letter, at most 40), e.g. "practice_size".'),
        admin: { width: '35%', description: 'Technical name (column in the export).' },
      },
      { name: 'required', type: 'checkbox', defaultValue: false, admin: { width: '15%' } },
    ],
  },
  { name: 'label', type: 'text', required: true, localized: true, maxLength: 200 },
  { name: 'helpText', type: 'text', localized: true, maxLength: 300, admin: { description: 'Shown under the field (optional).' } },
]

const options: Field = {
  name: 'options',
  type: 'array',
  required: true,
  minRows: 1,
  maxRows: 50,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, maxLength: 200 },
        { name: 'value', type: 'text', required: true, maxLength: 100, validate: (v: unknown) => (typeof v === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(v) ? true : 'Letters, digits, - and _ only: the stored answer.') },
      ],
    },
  ],
}

const block = (slug: string, label: string, extra: Field[] = [], description?: string): Block => ({
  slug,
  labels: { singular: label, plural: `${label} fields` },
  ...(description ? { admin: { custom: { description } } } : {}),
  fields: [...base, ...extra],
})

/**
 * The field types a marketer can put in a form. `text` and `textarea` are free text: a form holding one cannot be
 * published without a retention period and the visible "never share information about your clients or their health"
 * notice (guard-free-text.ts), and their answers are kept apart, encrypted, and never mailed or sent to the CRM.
 */
export const formBlocks: Block[] = [
  block('text', 'Short text', [{ name: 'maxLength', type: 'number', min: 1, max: 200, admin: { description: 'At most 200.' } }]),
  block('textarea', 'Long text', [{ name: 'maxLength', type: 'number', min: 1, max: 5000, admin: { description: 'At most 5000.' } }]),
  block('email', 'E-mail'),
  block('phone', 'Phone'),
  block('select', 'Drop-down', [options]),
  block('radio', 'Choice (radio buttons)', [options]),
  block('checkbox', 'Tick box'),
  block('number', 'Number', [{ type: 'row', fields: [{ name: 'min', type: 'number' }, { name: 'max', type: 'number' }] }]),
  block('date', 'Date', [{ type: 'row', fields: [{ name: 'min', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }, { name: 'max', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }] }]),
]

export const freeTextBlockTypes = ['text', 'textarea'] as const
