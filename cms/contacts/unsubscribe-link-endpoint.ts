import type { Endpoint } from 'payload'

import { readUnsubscribeToken } from '../links/unsubscribe-token'
import { findContact } from './find-contact'
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
    const ref = readUnsubscribeToken({ secret: req.payload.secret, token })?.contactRef
    const contact = ref === undefined ? undefined : await findContact({ payload: req.payload, ref })
    if (contact) locale = pageLocale(contact.locale)
    return new Response(null, { status: 303, headers: { ...unsubscribeHeaders, Location: unsubscribePageUrl({ locale, token }) } })
  },
}

