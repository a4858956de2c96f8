import { JobCancelledError } from 'payload'

import { MailRenderError } from '../../emails/mail-render-error'
import { isMailSendError } from '../../integrations/mail/mail-send-error'

/**
 * What a mail job throws when a send fails. Permanent failures (4xx, refused messages, templates that cannot
 * render) cancel the job: no retry, the job keeps its error (a dead letter). Retryable ones are thrown on, for
 * Payload's backoff, and never earlier than the provider's retry-after: Payload keeps the later of the job's
 * waitUntil and its own backoff.
 */
export const toJobError = ({ error, job }: { error: unknown; job: { waitUntil?: string | null } }): unknown => {
  if (error instanceof MailRenderError) return new JobCancelledError(`${error.code}: ${error.message}`)
  if (!isMailSendError(error)) return error
  if (!error.retryable) return new JobCancelledError(`${error.code}: ${error.message}`)
  if (error.retryAfterMs !== undefined) job.waitUntil = new Date(Date.now() + error.retryAfterMs).toISOString()
  return error
}
