import type { Payload, PayloadRequest } from 'payload'

import { DomainError } from '../errors'

/**
 * The admin's retry of a dead letter: a failed trial (or one left in provisioning because the job could not run)
 * goes back to provisioning with a new job, under the same idempotency key, so it can never open a second account
 * (and the welcome mail is keyed by the trial: it goes once). `req`, from the admin's request, puts the marketer's
 * name on the audit entry of the change.
 */
export const retryTrialProvisioning = async ({ payload, trialId, req }: { payload: Payload; trialId: number | string; req?: PayloadRequest }): Promise<{ queued: boolean }> => {
  const trial = await payload.findByID({ collection: 'trials', id: trialId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!trial) throw new DomainError({ code: 'trial.not-found' })
  if (trial.status !== 'failed' && trial.status !== 'provisioning') throw new DomainError({ code: 'trial.not-retryable' })
  await payload.update({ collection: 'trials', id: trial.id, data: { status: 'provisioning', provisioningError: null }, depth: 0, overrideAccess: true, req })
  await payload.jobs.queue({ task: 'provisionTrial', input: { trial: trial.idempotencyKey } })
  return { queued: true }
}
