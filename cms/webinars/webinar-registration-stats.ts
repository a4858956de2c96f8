import type { Payload, Where } from 'payload'

import { DomainError } from '../errors'
import type { Webinar } from '../payload-types'

export type WebinarRegistrationStats = {
  counts: { confirmed: number; waitlisted: number; cancelled: number; attended: number; total: number }
  /** Registrations per day (Brussels time, `YYYY-MM-DD`), first to last, days without any included while the span is short. */
  days: { day: string; count: number }[]
}

// Brussels days, like every time the webinars show: a registration at 00:30 belongs to that morning.
const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' })
/** Gaps are filled up to this span (a bar per day stays readable); longer spans show only days with registrations. */
const maxFilledDays = 92

const fillGaps = (counts: Map<string, number>): { day: string; count: number }[] => {
  const days = [...counts.keys()].sort()
  const first = days[0]
  const last = days[days.length - 1]
  if (!first || !last) return []
  const span = (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000
  if (span >= maxFilledDays) return days.map((day) => ({ day, count: counts.get(day) ?? 0 }))
  return Array.from({ length: span + 1 }, (_, i) => {
    const day = new Date(Date.parse(`${first}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10)
    return { day, count: counts.get(day) ?? 0 }
  })
}

/** A webinar's registrations counted by status and attendance, and how many came in per day (the admin's chart). */
export const webinarRegistrationStats = async ({ payload, webinarId }: { payload: Payload; webinarId: number | string }): Promise<WebinarRegistrationStats> => {
  const found = (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, overrideAccess: true, select: { title: true } })).docs[0] as Pick<Webinar, 'id'> | undefined
  if (!found) throw new DomainError({ code: 'webinar.not-found' })
  const ofWebinar = { webinar: { equals: webinarId } }
  const count = async (where: Where) => (await payload.count({ collection: 'webinar-registrations', where: { and: [ofWebinar, where] }, overrideAccess: true })).totalDocs
  const [confirmed, waitlisted, cancelled, attended] = await Promise.all([
    count({ status: { equals: 'confirmed' } }),
    count({ status: { equals: 'waitlisted' } }),
    count({ status: { equals: 'cancelled' } }),
    count({ attended: { equals: true } }),
  ])
  const perDay = new Map<string, number>()
  for (let page = 1; ; page++) {
    const batch = await payload.find({ collection: 'webinar-registrations', where: ofWebinar, sort: 'id', page, limit: 500, depth: 0, overrideAccess: true, select: { registeredAt: true } })
    for (const r of batch.docs) {
      if (!r.registeredAt) continue
      const day = dayOf.format(new Date(r.registeredAt))
      perDay.set(day, (perDay.get(day) ?? 0) + 1)
    }
    if (!batch.hasNextPage) break
  }
  return { counts: { confirmed, waitlisted, cancelled, attended, total: confirmed + waitlisted + cancelled }, days: fillGaps(perDay) }
}
