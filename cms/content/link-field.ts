import type { Field, GroupField } from 'payload'

/**
 * A link a marketer can point at a CMS page (it follows the page's slug in every language, and a deleted or
 * unpublished page shows up as a broken link) or at a URL (external, mailto:, or a site path).
 */
export const linkField = ({ name = 'link', required = true, withLabel = true }: { name?: string; required?: boolean; withLabel?: boolean } = {}): GroupField => ({
  name,
  type: 'group',
  fields: [
    ...(withLabel ? ([{ name: 'label', type: 'text', localized: true, required }] satisfies Field[]) : []),
    {
      name: 'type',
      type: 'radio',
      defaultValue: 'page',
      options: [
        { label: 'Page', value: 'page' },
        { label: 'URL', value: 'url' },
      ],
      admin: { layout: 'horizontal' },
    },
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
      required,
      admin: { condition: (_, sibling) => sibling?.type !== 'url' },
    },
    {
      name: 'url',
      type: 'text',
      localized: true,
      required,
      admin: { condition: (_, sibling) => sibling?.type === 'url', description: 'https://…, mailto:…, or a path such as /nl/contact' },
      validate: (value: unknown, { siblingData }: { siblingData?: { type?: string } }) => {
        if (siblingData?.type !== 'url') return true
        if (typeof value !== 'string' || value.trim() === '') return required ? 'Enter a URL.' : true
        return /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+|tel:\+?[0-9 ]+|\/[^\s]*)$/.test(value.trim())
          ? true
          : 'Use https://…, mailto:…, tel:… or a path starting with /.'
      },
    },
  ],
})
