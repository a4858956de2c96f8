import type { Locale } from '../../config/locales'
import { describeError } from './describe-error'
import { isDomainError } from './domain-error'
import type { ErrorCode } from './error-table'

type Logger = { error: (obj: object, msg: string) => void }

/**
 * The JSON answer of an endpoint for an error: a domain error with its table status, code and localised message;
 * anything else is logged (never with personal data: the caller names only ids) and answered as a 500 that says
 * nothing was changed.
 */
export const errorResponse = ({
  error,
  locale = 'en',
  logger,
  context = {},
  headers = {},
}: {
  error: unknown
  locale?: Locale
  logger?: Logger
  context?: Record<string, string>
  headers?: Record<string, string>
}): Response => {
  const known = isDomainError(error)
  if (!known) logger?.error({ err: error, ...context }, 'request failed')
  const code: ErrorCode = known ? error.code : 'internal.unexpected'
  const { status, message } = describeError({ code, params: known ? error.params : {}, locale })
  return Response.json({ error: message, code }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}
