import type { Payload, PayloadRequest } from 'payload'

import { DomainError } from '../errors'

/**
 * "Message to registrants": checks the webinar, counts its confirmed seats and queues one `sendWebinarMessage` job
 * that mails them (see send-webinar-message.ts), inside the caller's request so the job is written with it. The
 * message id comes from the form (one per composed message): posting it again queues a job that sends nobody twice.
 */
export const queueWebinarMessage = async ({
  payload,
  webinarId,
  messageId,
  subject,
  body,
  req,
}: {
  payload: Payload
  webinarId: number | string
  messageId: string
  subject: string
  body: string
  req?: PayloadRequest
}): Promise<{ recipients: number; jobId?: string | number }> => {
  const webinar = (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, overrideAccess: true, select: { title: true } })).docs[0]
  if (!webinar) throw new DomainError({ code: 'webinar.not-found' })
  const recipients = (await payload.count({ collection: 'webinar-registrations', where: { and: [{ webinar: { equals: webinarId } }, { status: { equals: 'confirmed' } }] }, overrideAccess: true })).totalDocs
  if (recipients === 0) return { recipients }
  const job = await payload.jobs.queue({ task: 'sendWebinarMessage', input: { webinar: String(webinarId), messageId, subject, body }, req })
  return { recipients, jobId: job.id }
}
