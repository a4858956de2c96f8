import type { Endpoint } from 'payload'

import { unsubscribeLinkEndpoint } from './unsubscribe-link-endpoint'
import { unsubscribeOneClickEndpoint } from './unsubscribe-one-click-endpoint'

/**
 * The contacts capability's root API routes: unsubscribing from a mail's link (GET) and one-click (RFC 8058 POST).
 * They keep their /api/mail/unsubscribe path: it is printed in every marketing mail already sent.
 */
export const contactsEndpoints: Endpoint[] = [unsubscribeLinkEndpoint, unsubscribeOneClickEndpoint]
