import type { Endpoint, PayloadRequest } from 'payload'

import { canManagePeople } from './can-manage-people'
import { DomainError, errorResponse, requestLocale } from '../errors'

/**
 * An admin endpoint over personal data (trials, form answers): signed out 401, not a marketer or admin 403 (editors
 * never see personal data), then the action; every refusal answers from the error table, anything else is logged by
 * `scope` and `path` and answered as a 500 that says nothing changed. Logs name ids only.
 */
export const peopleManagerEndpoint = ({ scope, path, method, action }: { scope: string; path: string; method: 'get' | 'post'; action: (args: { req: PayloadRequest }) => Promise<Response> }): Endpoint => ({
  path,
  method,
  handler: async (req) => {
    const locale = requestLocale(req)
    if (!req.user) return errorResponse({ error: new DomainError({ code: 'auth.sign-in-required' }), locale })
    if (!canManagePeople({ user: req.user })) return errorResponse({ error: new DomainError({ code: 'auth.forbidden' }), locale })
    try {
      return await action({ req })
    } catch (error) {
      return errorResponse({ error, locale, logger: req.payload.logger, context: { action: `${scope}${path}` } })
    }
  },
})
