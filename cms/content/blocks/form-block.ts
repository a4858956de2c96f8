import type { Block } from 'payload'

/** A form marketers built (Forms), placed on a page; it posts to /{lang}/forms/{id}, so the page itself stays cached. */
export const FormBlock: Block = {
  slug: 'formBlock',
  interfaceName: 'FormBlock',
  labels: { singular: 'Form', plural: 'Forms' },
  fields: [
    { name: 'form', type: 'relationship', relationTo: 'forms', required: true, admin: { description: 'Only a published form shows on the site.' } },
    { name: 'heading', type: 'text', localized: true, maxLength: 150, admin: { description: 'Optional; the form’s own title otherwise.' } },
  ],
}
