import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { isTrialAppError } from '../../integrations/trial-app/trial-app-error'
import type { TrialAppPort } from '../../integrations/trial-app/trial-app-port'
import type { Contact, Trial } from '../payload-types'
import { configuredTrialDays } from './lifecycle-copy'
import { trialEnd } from './lifecycle-schedule'
import { queueTrialMail } from './queue-trial-mail'
import { scheduleLifecycleMails } from './schedule-lifecycle-mails'

/** 'failed': refused for good (or out of attempts): the job becomes a dead letter; a retry from the admin queues anew. */
export type ProvisionOutcome = 'active' | 'exists' | 'failed' | 'done-before' | 'gone'

const splitName = (name: string | null | undefined) => {
  const [first = '', ...rest] = (name ?? '').trim().split(/\s+/)
  return { firstName: first || '-', lastName: rest.join(' ') || '-' }
}

/**
 * One attempt to open the trial's account in the web application, always with the trial's own idempotency key, so
 * every retry (after an outage, a timeout after the application opened the account, a crash of ours) finds the same
 * account. Opened (or 409: the address has one) → active with the application's login link, and the welcome mail
 * in the same transaction. A retryable error is thrown for the job queue's capped backoff, unless it was the last
 * attempt; a permanent one marks the trial failed with the application's error code (never its text).
 */
export const provisionTrial = async ({ payload, port, trialKey, lastAttempt, now = new Date() }: { payload: Payload; port: TrialAppPort; trialKey: string; lastAttempt: boolean; now?: Date }): Promise<{ outcome: ProvisionOutcome; error?: string }> => {
  const trial = (await payload.find({ collection: 'trials', where: { idempotencyKey: { equals: trialKey } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!trial) return { outcome: 'gone' }
  if (trial.status !== 'provisioning') return { outcome: 'done-before' }
  const contactId = typeof trial.contact === 'object' ? trial.contact.id : trial.contact
  const contact = await payload.findByID({ collection: 'contacts', id: contactId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!contact) return { outcome: 'gone' }

  const activate = async ({ accountId, loginUrl, trialEndsAt, outcome }: { accountId?: string; loginUrl?: string; trialEndsAt?: string; outcome: 'active' | 'exists' }) => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      // A new account runs a trial we time mails for; an existing one (409) is the person's own, not a new trial.
      const expiresAt = outcome === 'active' ? trialEnd({ provisionedAt: now, trialEndsAt, trialDays: await configuredTrialDays({ payload, req }) }) : undefined
      const data = { status: 'active' as const, accountId: accountId ?? null, loginUrl: loginUrl ?? null, provisionedAt: now.toISOString(), provisioningError: null, expiresAt: expiresAt?.toISOString() ?? null }
      const updated = await payload.update({ collection: 'trials', id: trial.id, data, depth: 0, overrideAccess: true, req })
      if (updated.loginUrl) await queueTrialMail({ payload, kind: 'welcome', trial: updated as Trial, contact: contact as Contact, req, now })
      else payload.logger.warn({ trial: String(trial.id) }, 'trial active without a login link: the application gave none, no welcome mail')
      if (expiresAt) await scheduleLifecycleMails({ payload, trialKey: trial.idempotencyKey, provisionedAt: now, expiresAt, req })
      await commitTransaction(req)
      return { outcome }
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
  const fail = async (error: string) => {
    await payload.update({ collection: 'trials', id: trial.id, data: { status: 'failed', provisioningError: error.slice(0, 300) }, depth: 0, overrideAccess: true })
    return { outcome: 'failed' as const, error }
  }

  try {
    const opened = await port.provisionTrial({
      idempotencyKey: trial.idempotencyKey,
      account: {
        email: contact.email,
        ...splitName(contact.name),
        profession: trial.profession,
        ...(trial.practiceName ? { practiceName: trial.practiceName } : {}),
        country: trial.country,
        locale: trial.locale,
      },
    })
    return await activate({ accountId: opened.accountId, loginUrl: opened.loginUrl, trialEndsAt: opened.trialEndsAt, outcome: 'active' })
  } catch (error) {
    if (!isTrialAppError(error)) throw error
    if (error.code === 'exists') return activate({ loginUrl: error.loginUrl, outcome: 'exists' })
    if (!error.retryable || lastAttempt) return fail(`${error.code}: ${error.message}`)
    throw error
  }
}
