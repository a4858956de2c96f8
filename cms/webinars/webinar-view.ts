import type { Webinar } from '../payload-types'
import type { RegistrationQuestion } from './registration-form'
import { registrationDeadline } from './registration-deadline'

/** A webinar as the public sees it: never the join or replay link, only whether a replay exists. */
export type WebinarView = Pick<Webinar, 'id' | 'title' | 'slug' | 'summary' | 'start' | 'durationMinutes' | 'language' | 'status' | 'speakers' | 'description' | 'updatedAt' | 'meta'> & {
  registrationOpen: boolean
  /** Seats left when the webinar has a capacity; undefined when it has none. */
  seatsLeft?: number
  hasReplay: boolean
  questions: RegistrationQuestion[]
}

/** Shapes a webinar read as the public (join and replay links were never read) plus what only the server knows. */
export const webinarView = ({ webinar, confirmed, hasReplay, now }: { webinar: Webinar; confirmed: number; hasReplay: boolean; now: Date }): WebinarView => {
  const open = webinar.status === 'scheduled' && now.getTime() < registrationDeadline({ webinar }).getTime()
  return {
    id: webinar.id,
    title: webinar.title,
    slug: webinar.slug,
    summary: webinar.summary,
    start: webinar.start,
    durationMinutes: webinar.durationMinutes,
    language: webinar.language,
    status: webinar.status,
    speakers: webinar.speakers,
    description: webinar.description,
    updatedAt: webinar.updatedAt,
    meta: webinar.meta,
    registrationOpen: open,
    seatsLeft: webinar.capacity ? Math.max(0, webinar.capacity - confirmed) : undefined,
    hasReplay,
    questions: (webinar.questions ?? []).map((q) => ({ key: q.key, label: q.label, required: Boolean(q.required), choices: (q.choices ?? []).map((c) => ({ value: c.value, label: c.label })) })),
  }
}
