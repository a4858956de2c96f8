import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { linkSettingsOf } from '../links/link-settings'
import { createTrialMailsToken } from '../links/trial-mails-token'
import { queueMail } from '../mail'
import { lifecycleCopy } from './lifecycle-copy'
import { expiredMailGraceMs, lifecycleWindow } from './lifecycle-schedule'
import { lifecycleSentField, type TrialLifecycleStep } from './trial-lifecycle-steps'

export type LifecycleMailOutcome = 'queued' | 'sent-before' | 'stopped' | 'not-running' | 'early' | 'late' | 'gone'

/**
 * One lifecycle mail of one trial (the job queued for its moment, or by the expiry webhook). Re-reads the trial
 * inside a transaction and mails only when it still makes sense: the trial is still running (or, for `expired`,
 * expired), the person has not stopped these mails, this step has not gone before and its moment is neither ahead
 * nor long past. The step's date and the mail are written together, and the mail is keyed by trial and step: a
 * retried or duplicated job mails once.
 */
export const sendTrialLifecycleMail = async ({ payload, trialKey, step, now = new Date() }: { payload: Payload; trialKey: string; step: TrialLifecycleStep; now?: Date }): Promise<LifecycleMailOutcome> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const outcome = await (async (): Promise<LifecycleMailOutcome> => {
      const trial = (await payload.find({ collection: 'trials', where: { idempotencyKey: { equals: trialKey } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
      if (!trial) return 'gone'
      if (trial.status !== (step === 'expired' ? 'expired' : 'active')) return 'not-running'
      if (trial.lifecycle?.stoppedAt) return 'stopped'
      if (trial.lifecycle?.[lifecycleSentField[step]]) return 'sent-before'
      if (!trial.provisionedAt || !trial.expiresAt) return 'not-running'
      const expiresAt = new Date(trial.expiresAt)
      if (step === 'expired') {
        if (now.getTime() > new Date(trial.endedAt ?? trial.expiresAt).getTime() + expiredMailGraceMs) return 'late'
      } else {
        const window = lifecycleWindow({ step, provisionedAt: new Date(trial.provisionedAt), expiresAt })
        // A little early is fine (the queue's clock and ours); hours early is a job queued for another moment.
        if (now.getTime() < window.dueAt.getTime() - 60_000) return 'early'
        if (now.getTime() >= window.until.getTime()) return 'late'
      }
      const contactId = typeof trial.contact === 'object' ? trial.contact.id : trial.contact
      const contact = await payload.findByID({ collection: 'contacts', id: contactId, depth: 0, overrideAccess: true, disableErrors: true, req })
      if (!contact?.email) return 'gone'

      const locale = trial.locale as Locale
      const copy = await lifecycleCopy({ payload, step, locale, endDate: expiresAt, req })
      const base = linkSettingsOf(payload).publicUrl.replace(/\/+$/, '')
      const stopUrl = `${base}/${locale}/trial/mails?token=${createTrialMailsToken({ secret: payload.secret, trialKey, now })}`
      await payload.update({ collection: 'trials', id: trial.id, data: { lifecycle: { ...trial.lifecycle, [lifecycleSentField[step]]: now.toISOString() } }, depth: 0, overrideAccess: true, req })
      await queueMail({
        payload,
        template: 'trial-lifecycle',
        locale,
        to: contact.email,
        name: contact.name,
        subscriberId: contact.id,
        props: { ...copy, stopUrl, ...(trial.loginUrl ? { loginUrl: trial.loginUrl } : {}) },
        idempotencyKey: `trial-lifecycle:${trialKey}:${step}`,
        req,
      })
      return 'queued'
    })()
    await commitTransaction(req)
    return outcome
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
