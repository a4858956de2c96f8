import type { Payload } from 'payload'

import { DomainError } from '../errors'

/**
 * The admin's retry of a dead letter: a failed trial (or one left in provisioning because the job could not run)
 * goes back to provisioning with a new job, under the same idempotency key, so it can never open a second account.
 */
export const retryTrialProvisioning = async ({ payload, trialId }: { payload: Payload; trialId: number | string }): Promise<{ queued: boolean }> => {
  const trial = await payload.findByID({ collection: 'trials', id: trialId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!trial) throw new DomainError({ code: 'trial.not-found' })
  if (trial.status !== 'failed' && trial.status !== 'provisioning') throw new DomainError({ code: 'trial.not-retryable' })
  await payload.update({ collection: 'trials', id: trial.id, data: { status: 'provisioning', provisioningError: null }, depth: 0, overrideAccess: true })
  await payload.jobs.queue({ task: 'provisionTrial', input: { trial: trial.idempotencyKey } })
  return { queued: true }
}
