import { APIError, type CollectionBeforeDeleteHook } from 'payload'

type LinkHolder = { link?: { type?: string; page?: unknown } | null; children?: LinkHolder[] | null }

const pointsAt = (holder: LinkHolder, id: string | number): boolean => {
  const page = holder.link?.page
  const target = typeof page === 'object' && page !== null ? (page as { id?: unknown }).id : page
  return (holder.link?.type !== 'url' && String(target) === String(id)) || (holder.children ?? []).some((c) => pointsAt(c, id))
}

/** Deleting a page the menu, the footer or a redirect points at would break the live site: say where it is linked. */
export const refuseDeleteWhenLinked: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const places: string[] = []
  const nav = (await req.payload.findGlobal({ slug: 'navigation', depth: 0, req, overrideAccess: true })) as { items?: LinkHolder[] }
  if ((nav.items ?? []).some((i) => pointsAt(i, id))) places.push('the navigation')
  const footer = (await req.payload.findGlobal({ slug: 'footer', depth: 0, req, overrideAccess: true })) as { links?: LinkHolder[] }
  if ((footer.links ?? []).some((i) => pointsAt(i, id))) places.push('the footer')
  const redirects = await req.payload.count({ collection: 'redirects', where: { 'to.reference.value': { equals: id } }, req, overrideAccess: true })
  if (redirects.totalDocs > 0) places.push(`${redirects.totalDocs} redirect(s)`)
  if (places.length > 0) {
    throw new APIError(`This page is linked from ${places.join(', ')}. Remove those links first, then delete it.`, 400, undefined, true)
  }
}
