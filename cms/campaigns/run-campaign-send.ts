import type { Payload } from 'payload'

import type { MailPort } from '../../integrations/mail/mail-port'
import { isMailSendError } from '../../integrations/mail/mail-send-error'
import { campaignBatches, inFlightBatch } from './campaign-batches'
import type { CampaignSnapshot } from './campaign-snapshot'
import { campaignStore } from './campaign-store'
import { pauseCampaignWithError } from './pause-campaign-with-error'
import { setCampaignStatus } from './set-campaign-status'

const leaseMs = 120_000

/**
 * The send engine: sends a started campaign in batches of at most 100 contacts in id order, one provider request
 * each, paced by the mail adapter within the provider's rate limit. Before each request the batch (its idempotency
 * key and recipients) is stored; a worker killed mid-batch is replaced (job lease) and resends exactly that batch
 * under the same key, which the provider answers without sending again — so every recipient gets the campaign once.
 * One worker per campaign (a lease on its send). Pause and cancel take effect between batches. A provider refusal
 * that will not pass (or the job's last attempt) pauses the campaign with the error; anything else is thrown for the
 * job to retry. Returns how many mails the provider accepted in this run.
 */
export const runCampaignSend = async ({
  payload,
  campaignId,
  port,
  owner,
  lastAttempt,
}: {
  payload: Payload
  campaignId: string | number
  port: MailPort
  /** Who holds the lease while this runs (the job). */
  owner: string
  /** This is the job's last attempt: a retryable provider error pauses the campaign instead of being retried. */
  lastAttempt: boolean
}): Promise<{ sent: number }> => {
  const send = (await payload.find({ collection: 'campaign-sends', where: { campaign: { equals: campaignId } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!send) return { sent: 0 }
  const store = campaignStore({ payload })
  if (!(await store.acquireLease({ sendId: send.id, owner, leaseMs }))) {
    // Another worker holds it (e.g. the campaign was resumed while the old job was finishing a batch).
    throw new Error('another worker is sending this campaign; trying again later')
  }
  const batches = await campaignBatches({ payload, campaignId, snapshot: send.snapshot as CampaignSnapshot, issuedAt: new Date(send.startedAt ?? send.createdAt), port })

  // Only the lease holder writes these: plain adapter updates of the named columns (no hooks, no read-back).
  const write = (data: Record<string, unknown>) => payload.db.updateOne({ collection: 'campaign-sends', id: send.id, data, returning: false })
  const statusNow = async () => (await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, select: { status: true } })).status

  const counts = { sent: send.sent ?? 0, skipped: send.skipped ?? 0, failed: send.failed ?? 0, batches: send.batches ?? 0 }
  let sentNow = 0
  try {
    const stored = inFlightBatch.safeParse(send.inFlight)
    let current = stored.success ? await batches.reform(stored.data) : await batches.form({ after: send.cursor, number: counts.batches })
    if (current && !stored.success) await write({ inFlight: current.record })
    while (current) {
      if ((await statusNow()) !== 'sending') break
      let accepted: number
      try {
        accepted = await batches.send(current)
      } catch (error) {
        if (isMailSendError(error) && (!error.retryable || lastAttempt)) {
          await pauseCampaignWithError({ payload, campaignId, sendId: send.id, error: error.message })
          break
        }
        throw error
      }
      sentNow += accepted
      counts.sent += accepted
      counts.skipped += current.record.skipped
      counts.failed += current.record.invalid
      counts.batches += 1
      // The next batch is read and rendered after this one was answered (about 50 ms, well inside the pacer's wait),
      // never while a request is being written: it would only add jitter to when the provider sees it.
      const following = await batches.form({ after: current.record.last, number: counts.batches + 1 })
      // One write moves the cursor past this batch and stores the next one before it is sent.
      await write({
        ...counts,
        cursor: String(current.record.last),
        inFlight: following?.record ?? null,
        lastError: null,
        ...(following ? {} : { state: 'done', finishedAt: new Date().toISOString() }),
      })
      if (!following) {
        await setCampaignStatus({ payload, campaignId, data: { status: 'sent' } })
        break
      }
      current = following
      await store.acquireLease({ sendId: send.id, owner, leaseMs })
    }
  } finally {
    await store.releaseLease({ sendId: send.id, owner })
  }
  return { sent: sentNow }
}
