import type { Payload, PayloadRequest } from 'payload'

import { DomainError } from '../errors'
import { z } from 'zod'

const deadLetter = z.object({
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  category: z.enum(['transactional', 'marketing']).default('transactional'),
  headers: z.record(z.string(), z.string()).nullable().default(null),
})

/**
 * Sends a dead letter again: a new `sendMail` job with the stored content and the same idempotency key (the
 * provider keeps keys only of requests it accepted, so a refused one can be retried with it).
 */
export const retryMailMessage = async ({ payload, id, req }: { payload: Payload; id: string | number; req?: PayloadRequest }): Promise<{ jobId: string | number }> => {
  const message = await payload.findByID({ collection: 'mail-messages', id, depth: 0, overrideAccess: true })
  if (message.status !== 'failed') throw new DomainError({ code: 'mail.not-retryable', params: { status: message.status ?? 'unknown' } })
  const stored = deadLetter.safeParse(message.deadLetter)
  if (!stored.success) throw new DomainError({ code: 'mail.no-stored-content' })
  const job = await payload.jobs.queue({
    task: 'sendMail',
    input: {
      to: message.to,
      idempotencyKey: message.idempotencyKey,
      ...stored.data,
      template: message.template ?? undefined,
      locale: message.locale ?? undefined,
    },
    req,
  })
  await payload.update({ collection: 'mail-messages', id, data: { status: 'queued', error: null }, overrideAccess: true, depth: 0 })
  return { jobId: job.id }
}
