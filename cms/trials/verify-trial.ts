import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { appendActivity } from '../contacts'
import { readTrialVerifyToken } from '../links/trial-verify-token'

/** What the verification page says: done, done before (a reused link), or why the link does not work. */
export type VerifyTrialOutcome = 'verified' | 'already-verified' | 'expired' | 'invalid'

/**
 * The POST behind the verification page's button (the GET only shows it: mail scanners open links). In one
 * transaction, re-reading the trial inside it: verifiedAt and status provisioning, the `trial-started` activity and
 * the provisioning job. A second POST (a double click, a reused link) finds it verified and does nothing again.
 */
export const verifyTrial = async ({ payload, token, now = new Date() }: { payload: Payload; token: unknown; now?: Date }): Promise<{ outcome: VerifyTrialOutcome }> => {
  const read = readTrialVerifyToken({ secret: payload.secret, token, now })
  if (read.state === 'invalid') return { outcome: 'invalid' }
  const find = async (req?: Parameters<typeof payload.find>[0]['req']) =>
    (await payload.find({ collection: 'trials', where: { idempotencyKey: { equals: read.trialKey } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
  const seen = await find()
  if (!seen) return { outcome: 'invalid' }
  if (seen.verifiedAt) return { outcome: 'already-verified' }
  if (read.state === 'expired') return { outcome: 'expired' }

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const trial = await find(req)
    if (!trial || trial.verifiedAt) {
      await commitTransaction(req)
      return { outcome: trial ? 'already-verified' : 'invalid' }
    }
    await payload.update({ collection: 'trials', id: trial.id, data: { status: 'provisioning', verifiedAt: now.toISOString() }, depth: 0, overrideAccess: true, req })
    const contact = typeof trial.contact === 'object' ? trial.contact.id : trial.contact
    await appendActivity({ payload, contact, type: 'trial-started', key: `trial-started:${trial.idempotencyKey}`, at: now, campaign: typeof trial.campaign === 'object' ? trial.campaign?.id : trial.campaign, detail: `${trial.country} ${trial.profession}`, req })
    await payload.jobs.queue({ task: 'provisionTrial', input: { trial: trial.idempotencyKey }, req })
    await commitTransaction(req)
    return { outcome: 'verified' }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
