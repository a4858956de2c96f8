import type { Endpoint } from 'payload'

import { MailRenderError } from '../../emails/mail-render-error'
import type { MailTemplateId } from '../../emails/template-registry'
import { isMailSendError } from '../../integrations/mail/mail-send-error'
import { queueMail } from './queue-mail'
import { DomainError, errorResponse, requestLocale } from '../errors'
import { sampleProps, templateChoice } from './template-choice'
import { testContactRef } from '../links/unsubscribe-token'
import { canManagePeople } from '../access/can-manage-people'

/**
 * POST /api/mail/test {template, locale}: "send me a test". Queues the template with its sample props to the
 * signed-in user's own address (never anyone else's), subject marked [TEST]. Marketers and admins only.
 */
export const sendTestMailEndpoint: Endpoint = {
  path: '/mail/test',
  method: 'post',
  handler: async (req) => {
    const user = req.user as { id?: string | number; email?: string } | null
    if (!canManagePeople({ user: req.user }) || !user?.email) return errorResponse({ error: new DomainError({ code: 'auth.forbidden' }), locale: requestLocale(req) })
    const body: unknown = req.json ? await req.json().catch(() => ({})) : {}
    const parsed = templateChoice.safeParse(body)
    if (!parsed.success) return errorResponse({ error: new DomainError({ code: 'mail.template-unknown' }), locale: requestLocale(req) })
    const template = parsed.data.template as MailTemplateId
    const { locale } = parsed.data
    try {
      const { jobId } = await queueMail({
        payload: req.payload,
        template,
        locale,
        props: sampleProps(template, locale),
        to: user.email,
        name: 'An',
        contactRef: testContactRef,
        idempotencyKey: `test-mail:${template}:${locale}:${user.id}:${Date.now()}`,
        subjectPrefix: '[TEST] ',
      })
      return Response.json({ queued: true, jobId, to: user.email }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (error instanceof MailRenderError || isMailSendError(error)) return errorResponse({ error: new DomainError({ code: 'mail.unrenderable', params: { reason: error.message } }), locale: requestLocale(req) })
      throw error
    }
  },
}
