import type { Endpoint } from 'payload'

import { canManagePeople } from '../access/can-manage-people'
import { toDocumentId } from '../database/to-document-id'
import { DomainError, errorResponse, requestLocale } from '../errors'
import { retryTrialProvisioning } from './retry-trial-provisioning'

/**
 * POST /api/trials/:id/retry-provisioning: the admin's retry of a failed trial (signed out 401, not a marketer or
 * admin 403: trials are personal data). Refusals come from the error table.
 */
export const trialsEndpoints: Endpoint[] = [
  {
    path: '/:id/retry-provisioning',
    method: 'post',
    handler: async (req) => {
      const locale = requestLocale(req)
      if (!req.user) return errorResponse({ error: new DomainError({ code: 'auth.sign-in-required' }), locale })
      if (!canManagePeople({ user: req.user })) return errorResponse({ error: new DomainError({ code: 'auth.forbidden' }), locale })
      const trialId = toDocumentId({ payload: req.payload, raw: String(req.routeParams?.id ?? '') })
      if (trialId === undefined) return errorResponse({ error: new DomainError({ code: 'trial.not-found' }), locale })
      try {
        return Response.json(await retryTrialProvisioning({ payload: req.payload, trialId }), { headers: { 'Cache-Control': 'no-store' } })
      } catch (error) {
        return errorResponse({ error, locale, logger: req.payload.logger, context: { trial: String(trialId), action: 'retry-provisioning' } })
      }
    },
  },
]
