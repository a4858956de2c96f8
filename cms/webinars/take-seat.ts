import type { Payload, PayloadRequest } from 'payload'

/**
 * The seat a new confirmed registration can take: the lowest free seat number, 'unlimited' when the webinar has no
 * capacity, or undefined when every seat is held. Read inside the caller's transaction: on SQLite that transaction
 * holds the write lock (BEGIN IMMEDIATE), so no other registration can take the same seat meanwhile; on MongoDB the
 * unique `seatKey` refuses a second holder and the caller tries again.
 */
export const takeSeat = async ({ payload, webinar, req }: { payload: Payload; webinar: { id: string | number; capacity?: number | null }; req: PayloadRequest }): Promise<number | 'unlimited' | undefined> => {
  if (!webinar.capacity) return 'unlimited'
  const held = await payload.find({
    collection: 'webinar-registrations',
    where: { and: [{ webinar: { equals: webinar.id } }, { status: { equals: 'confirmed' } }] },
    pagination: false,
    limit: 0,
    depth: 0,
    overrideAccess: true,
    select: { seatKey: true },
    req,
  })
  if (held.docs.length >= webinar.capacity) return undefined
  const taken = new Set(held.docs.map((d) => Number(/-s(\d+)$/.exec(d.seatKey)?.[1])))
  for (let seat = 1; seat <= webinar.capacity; seat++) if (!taken.has(seat)) return seat
  return undefined
}

/** The unique seat key a registration holds: a numbered seat, or one of its own (unlimited, waiting, cancelled). */
export const seatKeyFor = ({ webinarId, registrationKey, seat }: { webinarId: string | number; registrationKey: string; seat: number | 'unlimited' | 'waiting' | 'cancelled' }) =>
  typeof seat === 'number' ? `w${webinarId}-s${seat}` : `${registrationKey}:${seat}`
