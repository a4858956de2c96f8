import type { Payload, PayloadRequest } from 'payload'

import { DomainError } from '../errors'
import { storedContent } from './outgoing-content'

/**
 * Sends a dead letter again: a new `sendMail` job with the stored content and the same idempotency key (the
 * provider keeps keys only of requests it accepted, so a refused one can be retried with it).
 */
export const retryMailMessage = async ({ payload, id, req }: { payload: Payload; id: string | number; req?: PayloadRequest }): Promise<{ jobId: string | number }> => {
  const message = await payload.findByID({ collection: 'mail-messages', id, depth: 0, overrideAccess: true })
  if (message.status !== 'failed') throw new DomainError({ code: 'mail.not-retryable', params: { status: message.status ?? 'unknown' } })
  const stored = storedContent.safeParse(message.deadLetter)
  if (!stored.success) throw new DomainError({ code: 'mail.no-stored-content' })
  // The dead letter becomes the row's outgoing message again; the job names the row (same idempotency key).
  await payload.update({ collection: 'mail-messages', id, data: { outgoing: { ...stored.data, to: message.to } }, overrideAccess: true, depth: 0, select: { status: true }, req })
  const job = await payload.jobs.queue({ task: 'sendMail', input: { message: String(message.id) }, req })
  await payload.update({ collection: 'mail-messages', id, data: { status: 'queued', error: null }, overrideAccess: true, depth: 0 })
  return { jobId: job.id }
}
