import type { Endpoint, PayloadRequest } from 'payload'

import type { Locale } from '../../config/locales'
import { DomainError, errorResponse } from '../errors'
import { pageLocale, unsubscribeHeaders, unsubscribePageUrl } from '../links/unsubscribe-page-url'
import { unsubscribeWithToken } from './unsubscribe-with-token'

const readForm = async (req: PayloadRequest): Promise<URLSearchParams> => {
  const text = req.text ? await req.text() : ''
  return new URLSearchParams(text.length > 2048 ? '' : text)
}

/**
 * POST /api/mail/unsubscribe?token=…: RFC 8058 one-click. A body `List-Unsubscribe=One-Click` (sent by the mail
 * provider, without cookies) unsubscribes at once and answers 200 without a redirect, every time (idempotent).
 * The site's confirmation page posts `confirm=1` (and its `lang`) instead and is sent back to itself (303).
 * Authority is the signed token alone: no session, no CSRF token.
 */
export const unsubscribeOneClickEndpoint: Endpoint = {
  path: '/mail/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const token = req.searchParams.get('token') ?? ''
    const form = await readForm(req)
    const oneClick = form.get('List-Unsubscribe') === 'One-Click'
    const fromPage = form.get('confirm') === '1'
    if (!oneClick && !fromPage) {
      return errorResponse({ error: new DomainError({ code: 'contact.one-click-expected' }), headers: unsubscribeHeaders })
    }
    const { outcome, locale } = await unsubscribeWithToken({ payload: req.payload, token, via: oneClick ? 'one-click' : 'page' })
    req.payload.logger.info({ outcome, via: oneClick ? 'one-click' : 'page' }, 'mail unsubscribe')
    if (fromPage && !oneClick) {
      return new Response(null, { status: 303, headers: { ...unsubscribeHeaders, Location: unsubscribePageUrl({ locale: pageLocale(locale ?? form.get('lang')), token, done: outcome !== 'invalid' }) } })
    }
    if (outcome === 'invalid') return errorResponse({ error: new DomainError({ code: 'contact.link-invalid' }), locale: pageLocale(locale) as Locale, headers: unsubscribeHeaders })
    return Response.json({ unsubscribed: true, outcome }, { status: 200, headers: unsubscribeHeaders })
  },
}
