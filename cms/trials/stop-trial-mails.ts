import type { Payload } from 'payload'

import { readTrialMailsToken } from '../links/trial-mails-token'

export type StopTrialMailsOutcome = 'stopped' | 'already-stopped' | 'expired' | 'invalid'

/**
 * The POST behind the button of a lifecycle mail's "no more mails about my trial" link (the GET only asks: mail
 * scanners open links). Sets the trial's lifecycle.stoppedAt once; every lifecycle job checks it before it mails.
 * Service mails the person still needs (a new sign-in link on request) are not lifecycle mails and still go.
 */
export const stopTrialMails = async ({ payload, token, now = new Date() }: { payload: Payload; token: unknown; now?: Date }): Promise<{ outcome: StopTrialMailsOutcome }> => {
  const read = readTrialMailsToken({ secret: payload.secret, token, now })
  if (read.state === 'invalid') return { outcome: 'invalid' }
  if (read.state === 'expired') return { outcome: 'expired' }
  const trial = (await payload.find({ collection: 'trials', where: { idempotencyKey: { equals: read.trialKey } }, limit: 1, depth: 0, overrideAccess: true, select: { lifecycle: true } })).docs[0]
  if (!trial) return { outcome: 'invalid' }
  if (trial.lifecycle?.stoppedAt) return { outcome: 'already-stopped' }
  await payload.update({ collection: 'trials', id: trial.id, data: { lifecycle: { stoppedAt: now.toISOString() } }, depth: 0, overrideAccess: true })
  return { outcome: 'stopped' }
}
