import type { Endpoint } from 'payload'

import { compileMail } from '../../emails/compile-mail'
import { MailRenderError } from '../../emails/mail-render-error'
import { getMailTemplate, type MailTemplateId } from '../../emails/template-registry'
import { loadOrganisationDetails } from '../content'
import { linkSettingsOf } from '../links/link-settings'
import { DomainError, errorResponse, requestLocale } from '../errors'
import { sampleProps, templateChoice } from './template-choice'
import { createUnsubscribeToken, testContactRef } from '../links/unsubscribe-token'
import { canManagePeople } from '../access/can-manage-people'

/**
 * GET /api/mail/preview?template=…&locale=…: a template rendered with its sample props, as the admin's preview shows
 * it (subject, HTML, text). Marketers and admins only.
 */
export const mailPreviewEndpoint: Endpoint = {
  path: '/mail/preview',
  method: 'get',
  handler: async (req) => {
    if (!canManagePeople({ user: req.user })) return errorResponse({ error: new DomainError({ code: 'auth.forbidden' }), locale: requestLocale(req) })
    const parsed = templateChoice.safeParse({ template: req.searchParams.get('template'), locale: req.searchParams.get('locale') ?? 'nl' })
    if (!parsed.success) return errorResponse({ error: new DomainError({ code: 'mail.template-unknown' }), locale: requestLocale(req) })
    const template = parsed.data.template as MailTemplateId
    const { locale } = parsed.data
    try {
      const compiled = compileMail({ template, locale, props: sampleProps(template, locale), organisation: await loadOrganisationDetails({ payload: req.payload }) })
      const token = createUnsubscribeToken({ secret: req.payload.secret, contactRef: testContactRef })
      const rendered = compiled.personalise({ name: 'An', unsubscribeUrl: `${linkSettingsOf(req.payload).publicUrl}/api/mail/unsubscribe?token=${token}` })
      return Response.json({ ...rendered, category: compiled.category, description: getMailTemplate(template).description }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (error instanceof MailRenderError) return errorResponse({ error: new DomainError({ code: 'mail.unrenderable', params: { reason: error.message } }), locale: requestLocale(req) })
      throw error
    }
  },
}

