import type { Endpoint } from 'payload'

import { DomainError, errorResponse, requestLocale } from '../errors'
import { retryMailMessage } from './retry-mail-message'
import { canManagePeople } from '../access/can-manage-people'

/** POST /api/mail-messages/:id/retry (marketers and admins): queues a failed message again. */
export const retryMailMessageEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!canManagePeople({ user: req.user })) return errorResponse({ error: new DomainError({ code: 'auth.forbidden' }), locale: requestLocale(req) })
    const id = String(req.routeParams?.id ?? '')
    try {
      const { jobId } = await retryMailMessage({ payload: req.payload, id: req.payload.db.defaultIDType === 'number' ? Number(id) : id, req })
      return Response.json({ queued: true, jobId })
    } catch (error) {
      return errorResponse({ error, locale: requestLocale(req), logger: req.payload.logger, context: { mailMessage: id } })
    }
  },
}
