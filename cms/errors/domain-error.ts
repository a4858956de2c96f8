import { describeError } from './describe-error'
import type { ErrorCode } from './error-table'

/**
 * A refusal by an operation: a code from the error table and the values its message names. The English message is
 * the Error's own (for logs and the admin); endpoints and pages answer with the table's status and the message in
 * the reader's language.
 */
export class DomainError extends Error {
  readonly code: ErrorCode
  readonly params: Record<string, string | number>

  constructor({ code, params = {} }: { code: ErrorCode; params?: Record<string, string | number> }) {
    super(describeError({ code, params, locale: 'en' }).message)
    this.name = 'DomainError'
    this.code = code
    this.params = params
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError
