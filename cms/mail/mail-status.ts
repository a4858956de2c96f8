/**
 * Where a message stands. Delivery events arrive out of order (an "opened" can overtake its "delivered"), so a status
 * only ever moves up this ranking: later, more final news wins; stale news is kept in the event list only.
 */
export const mailStatuses = ['queued', 'retrying', 'sent', 'delayed', 'delivered', 'opened', 'clicked', 'refused', 'failed', 'suppressed', 'bounced', 'complained'] as const
export type MailStatus = (typeof mailStatuses)[number]

const rank: Record<MailStatus, number> = {
  queued: 0,
  retrying: 1,
  sent: 2,
  delayed: 3,
  delivered: 4,
  opened: 5,
  clicked: 6,
  refused: 7,
  failed: 7,
  suppressed: 7,
  bounced: 8,
  complained: 9,
}

/** The status after `next` is reported for a message now at `current`. */
export const advanceMailStatus = ({ current, next }: { current: string | null | undefined; next: MailStatus }): MailStatus => {
  const now = (mailStatuses as readonly string[]).includes(current ?? '') ? (current as MailStatus) : 'queued'
  // A new attempt at a message we did not send (failed, refused, suppressed) starts over; all else only moves forward.
  if ((now === 'failed' || now === 'refused' || now === 'suppressed') && (next === 'queued' || next === 'retrying' || next === 'sent')) return next
  return rank[next] > rank[now] ? next : now
}

/** Statuses that mean the provider has the message: sending it again would duplicate it. */
export const acceptedStatuses: readonly MailStatus[] = ['sent', 'delayed', 'delivered', 'opened', 'clicked', 'bounced', 'complained']
