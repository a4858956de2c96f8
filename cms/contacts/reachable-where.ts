import type { Where } from 'payload'

/**
 * Who may get marketing mail: active people with at least one confirmed list (or, given lists, confirmed on one of
 * them). Pending sign-ups, people who left and addresses that bounced or complained never match.
 */
export const reachableWhere = ({ listIds }: { listIds?: (string | number)[] } = {}): Where => ({
  and: [
    { status: { equals: 'active' } },
    { 'subscriptions.status': { equals: 'confirmed' } },
    ...(listIds ? [{ 'subscriptions.list': { in: listIds } }] : []),
  ],
})
