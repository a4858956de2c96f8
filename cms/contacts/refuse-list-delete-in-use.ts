import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * A list people are on, or that a campaign targets, cannot be deleted: their subscriptions and its consent records
 * point at it. The message says what to do instead.
 */
export const refuseListDeleteInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const people = await req.payload.count({ collection: 'contacts', where: { 'subscriptions.list': { equals: id } }, overrideAccess: true })
  const campaigns = await req.payload.count({ collection: 'campaigns', where: { lists: { equals: id } }, overrideAccess: true })
  if (people.totalDocs === 0 && campaigns.totalDocs === 0) return
  const uses = [people.totalDocs > 0 && `${people.totalDocs} contact(s) are on it`, campaigns.totalDocs > 0 && `${campaigns.totalDocs} campaign(s) use it`].filter(Boolean).join(' and ')
  throw new APIError(`This list cannot be deleted: ${uses}. Make it private to stop offering it.`, 400, undefined, true)
}
