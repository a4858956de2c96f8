import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '../../config/locales'
import type { Webinar } from '../payload-types'
import { webinarView, type WebinarView } from './webinar-view'

/**
 * The published webinar with this slug in this locale, read as the public (so the join and replay links are never
 * read), with its seats left and whether a replay exists (asked with the server's rights, answered as a yes/no).
 */
export const findWebinar = async ({ payload, slug, locale, now = new Date() }: { payload: Payload; slug: string; locale: Locale; now?: Date }): Promise<WebinarView | undefined> => {
  const webinar = (
    await payload.find({
      collection: 'webinars',
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      locale,
      fallbackLocale: defaultLocale,
      limit: 1,
      depth: 1,
      draft: false,
      overrideAccess: false,
    })
  ).docs[0] as Webinar | undefined
  if (!webinar) return undefined
  const [confirmed, replay] = await Promise.all([
    payload.count({ collection: 'webinar-registrations', where: { and: [{ webinar: { equals: webinar.id } }, { status: { equals: 'confirmed' } }] }, overrideAccess: true }),
    payload.count({ collection: 'webinars', where: { and: [{ id: { equals: webinar.id } }, { replayUrl: { exists: true } }, { replayUrl: { not_equals: '' } }] }, overrideAccess: true }),
  ])
  return webinarView({ webinar, confirmed: confirmed.totalDocs, hasReplay: replay.totalDocs > 0, now })
}
