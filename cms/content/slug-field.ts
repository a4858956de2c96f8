import type { TextField } from 'payload'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/

/** A page's path after /nl/, /fr/ or /en/: localised, lower-case, unique within its language. */
export const slugField = ({ collection }: { collection: 'pages' }): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  localized: true,
  index: true,
  admin: { position: 'sidebar', description: 'The path after /nl/, /fr/ or /en/ ("home" is the start page), e.g. "pricing" or "about/team".' },
  validate: async (value: unknown, { req, id }: { req: { payload: import('payload').Payload; locale?: string | null }; id?: string | number }) => {
    if (typeof value !== 'string' || value.trim() === '') {
      return 'Enter the slug for this language: the path after /nl/, /fr/ or /en/ (e.g. "pricing").'
    }
    if (!slugPattern.test(value)) {
      return 'Use lower-case letters, digits and dashes, with / between levels (e.g. "pricing" or "about/team").'
    }
    const locale = req.locale && req.locale !== 'all' ? req.locale : 'nl'
    const clash = await req.payload.find({
      collection,
      where: { and: [{ slug: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
      locale: locale as 'nl',
      fallbackLocale: false,
      draft: true,
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { title: true },
    })
    const other = clash.docs[0]
    return other ? `The ${locale.toUpperCase()} slug "${value}" is already used by "${other.title}". Choose another.` : true
  },
})
