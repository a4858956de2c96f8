import type { Payload, PayloadRequest } from 'payload'

import { DomainError } from '../errors'

/**
 * Deletes a submission's free text at once (the health screen flagged it, or a person asked): the text and the
 * terms it matched go; the rest of the answer, the flag and when it was purged stay, so the admin sees what
 * happened. `req` carries the admin, so the audit entry names who purged. Purging twice changes nothing more.
 */
export const purgeFreeText = async ({ payload, submissionId, req, now = new Date() }: { payload: Payload; submissionId: number | string; req?: PayloadRequest; now?: Date }): Promise<{ purgedAt: string }> => {
  const found = (await payload.find({ collection: 'form-submissions', where: { id: { equals: submissionId } }, limit: 1, depth: 0, overrideAccess: true, select: { purgedAt: true } })).docs[0]
  if (!found) throw new DomainError({ code: 'form.submission-not-found' })
  if (found.purgedAt) return { purgedAt: found.purgedAt }
  const purgedAt = now.toISOString()
  await payload.update({ collection: 'form-submissions', id: submissionId, data: { freeText: null, flaggedTerms: [], purgedAt }, depth: 0, overrideAccess: true, req })
  return { purgedAt }
}
