import type { Payload } from 'payload'

type Locale = 'nl' | 'fr' | 'en'
type Status = 'pending' | 'confirmed' | 'unsubscribed'

/** A list, created once per key. */
export const ensureList = async ({ payload, key, name = key }: { payload: Payload; key: string; name?: string }) => {
  const found = await payload.find({ collection: 'newsletter-lists', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
  return found.docs[0] ?? (await payload.create({ collection: 'newsletter-lists', data: { key, name, visibility: 'public' }, overrideAccess: true }))
}

/** A subscriber with the given per-list statuses (overall status active unless told). */
export const createContact = ({
  payload,
  email,
  locale = 'nl',
  name,
  lists,
  status = 'active',
  tracking = false,
}: {
  payload: Payload
  email: string
  locale?: Locale
  name?: string
  lists: { id: number | string; status: Status }[]
  status?: 'active' | 'unsubscribed' | 'bounced' | 'complained'
  tracking?: boolean
}) =>
  payload.create({
    collection: 'contacts',
    overrideAccess: true,
    depth: 0,
    data: { email, locale, name, status, source: 'admin', tracking, subscriptions: lists.map((l) => ({ list: l.id as number, status: l.status })) },
  })

/** A campaign with a subject and two blocks (one a button to our own site) in each given language. */
export const createCampaign = async ({
  payload,
  name = 'Test campaign',
  listIds,
  languages = ['nl', 'fr', 'en'],
  versions = languages,
  siteUrl = 'https://www.myplugin.test',
}: {
  payload: Payload
  name?: string
  listIds: (number | string)[]
  languages?: Locale[]
  /** Which languages get content (default: all chosen ones). */
  versions?: Locale[]
  siteUrl?: string
}) => {
  const created = await payload.create({ collection: 'campaigns', overrideAccess: true, depth: 0, data: { name, lists: listIds as number[], languages, status: 'draft' } })
  for (const locale of versions) {
    await payload.update({
      collection: 'campaigns',
      id: created.id,
      locale,
      overrideAccess: true,
      depth: 0,
      data: {
        subject: `Subject ${locale.toUpperCase()}`,
        preheader: `Preheader ${locale}`,
        content: [
          { blockType: 'paragraph', text: `Body in ${locale}` },
          { blockType: 'button', label: `Webinar ${locale}`, url: `${siteUrl}/${locale}/webinars` },
        ],
      },
    })
  }
  return created
}
