import type { Payload } from 'payload'

import { deleteExpiredFormAnswers } from './delete-expired-form-answers'
import { deleteExpiredTrials } from './delete-expired-trials'
import { deleteInBatches } from './delete-in-batches'
import { deleteUnconfirmedContacts } from './delete-unconfirmed-contacts'
import { deleteWebinarRegistrations } from './delete-webinar-registrations'
import { loadRetentionPeriods } from './load-retention-periods'
import { retentionCutoffs } from './retention-cutoffs'
import type { RetentionCounts } from './retention-kinds'

export type RetentionReport = RetentionCounts & { id: number | string; ranAt: string }

/**
 * Deletes everything older than its retention period (retention-settings) and writes a report of the counts. Each
 * kind is deleted in batches; a run that fails part-way is simply run again (what it already deleted stays deleted,
 * the rest is still expired). Consent records and checkpoints are never deleted.
 */
export const runRetention = async ({ payload, now = new Date() }: { payload: Payload; now?: Date }): Promise<RetentionReport> => {
  const periods = await loadRetentionPeriods({ payload })
  const cutoffs = retentionCutoffs({ periods, now })
  const before = (date: Date) => ({ less_than: date.toISOString() })
  const trials = await deleteExpiredTrials({ payload, unverifiedBefore: cutoffs.unconfirmedSignUps, endedBefore: cutoffs.endedTrials })
  const counts: RetentionCounts = {
    unconfirmedContacts: await deleteUnconfirmedContacts({ payload, before: cutoffs.unconfirmedSignUps }),
    mailMessages: await deleteInBatches({ payload, collection: 'mail-messages', where: { createdAt: before(cutoffs.mail) } }),
    outboxMessages: await deleteInBatches({ payload, collection: 'outbox-messages', where: { createdAt: before(cutoffs.mail) } }),
    mailWebhookReceipts: await deleteInBatches({ payload, collection: 'mail-webhook-receipts', where: { receivedAt: before(cutoffs.mail) } }),
    completedJobs: await deleteInBatches({ payload, collection: 'payload-jobs', where: { completedAt: before(cutoffs.completedJobs) } }),
    auditEntries: await deleteInBatches({ payload, collection: 'audit-log', where: { createdAt: before(cutoffs.audit) } }),
    webinarRegistrations: await deleteWebinarRegistrations({ payload, startedBefore: cutoffs.webinarRegistrations }),
    unverifiedTrials: trials.unverified,
    endedTrials: trials.ended,
    formSubmissions: await deleteExpiredFormAnswers({ payload, now }),
  }
  const report = await payload.create({ collection: 'retention-reports', data: { ranAt: now.toISOString(), ...counts, periods }, overrideAccess: true })
  return { id: report.id, ranAt: report.ranAt, ...counts }
}
