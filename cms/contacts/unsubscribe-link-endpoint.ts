import type { Endpoint } from 'payload'

import { toDocumentId } from '../database/to-document-id'
import { readUnsubscribeToken } from '../links/unsubscribe-token'
import { pageLocale, unsubscribeHeaders, unsubscribePageUrl } from '../links/unsubscribe-page-url'

/**
 * GET /api/mail/unsubscribe?token=…: the link people click. It never unsubscribes (link checkers and previews fetch
 * URLs too): it sends the browser to the confirmation page of the site, in the subscriber's language.
 */
export const unsubscribeLinkEndpoint: Endpoint = {
  path: '/mail/unsubscribe',
  method: 'get',
  handler: async (req) => {
    const token = req.searchParams.get('token') ?? ''
    let locale = pageLocale(req.searchParams.get('lang'))
    const id = toDocumentId({ payload: req.payload, raw: readUnsubscribeToken({ secret: req.payload.secret, token })?.subscriberId })
    if (id !== undefined) {
      const found = await req.payload.find({ collection: 'contacts', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true, select: { locale: true } })
      locale = pageLocale(found.docs[0]?.locale ?? locale)
    }
    return new Response(null, { status: 303, headers: { ...unsubscribeHeaders, Location: unsubscribePageUrl({ locale, token }) } })
  },
}

