import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '../../config/locales'
import type { Webinar } from '../payload-types'
import { webinarView, type WebinarView } from './webinar-view'

/**
 * Published webinars as the public sees them: upcoming ones (not yet over, not cancelled) soonest first, or past ones
 * latest first. "Over" is start + duration, so a webinar on air still counts as upcoming.
 */
export const listWebinars = async ({ payload, locale, when, limit = 24, now = new Date() }: { payload: Payload; locale: Locale; when: 'upcoming' | 'past'; limit?: number; now?: Date }): Promise<WebinarView[]> => {
  // The start bound is generous (a webinar lasts at most 8 hours); the exact end is checked below.
  const bound = new Date(now.getTime() - 8 * 3_600_000).toISOString()
  const found = await payload.find({
    collection: 'webinars',
    where: {
      and: [
        { _status: { equals: 'published' } },
        when === 'upcoming' ? { start: { greater_than: bound } } : { start: { less_than: now.toISOString() } },
        ...(when === 'upcoming' ? [{ status: { in: ['scheduled', 'live'] } }] : []),
      ],
    },
    sort: when === 'upcoming' ? 'start' : '-start',
    locale,
    fallbackLocale: defaultLocale,
    limit: limit + 8,
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
  const endOf = (w: Webinar) => new Date(w.start).getTime() + w.durationMinutes * 60_000
  const docs = (found.docs as Webinar[]).filter((w) => (when === 'upcoming' ? endOf(w) > now.getTime() && w.status !== 'ended' : endOf(w) <= now.getTime() || w.status === 'ended')).slice(0, limit)
  if (docs.length === 0) return []
  const ids = docs.map((d) => d.id)
  const [confirmed, replays] = await Promise.all([
    payload.find({ collection: 'webinar-registrations', where: { and: [{ webinar: { in: ids } }, { status: { equals: 'confirmed' } }] }, pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { webinar: true } }),
    payload.find({ collection: 'webinars', where: { and: [{ id: { in: ids } }, { replayUrl: { exists: true } }, { replayUrl: { not_equals: '' } }] }, pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { sequence: true } }),
  ])
  const count = new Map<string, number>()
  for (const r of confirmed.docs) count.set(String(r.webinar), (count.get(String(r.webinar)) ?? 0) + 1)
  const withReplay = new Set(replays.docs.map((d) => String(d.id)))
  return docs.map((webinar) => webinarView({ webinar, confirmed: count.get(String(webinar.id)) ?? 0, hasReplay: withReplay.has(String(webinar.id)), now }))
}
