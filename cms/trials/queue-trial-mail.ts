import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '../../config/locales'
import { linkSettingsOf } from '../links/link-settings'
import { createTrialVerifyToken } from '../links/trial-verify-token'
import { queueMail } from '../mail'
import type { Contact, Trial } from '../payload-types'

export type TrialMailKind = 'verify' | 'exists' | 'welcome'

/**
 * Queues one trial mail (service mail under the trial's contract), in the trial's language, inside the caller's
 * transaction when it gives one. `occasion` names what caused it (a signup's proof nonce): a retried job sends once,
 * and each new signup sends anew. The welcome mail is keyed by the trial alone: it goes once per trial.
 */
export const queueTrialMail = async ({ payload, kind, trial, contact, occasion = '', req, now = new Date() }: { payload: Payload; kind: TrialMailKind; trial: Trial; contact: Contact; occasion?: string; req?: PayloadRequest; now?: Date }): Promise<void> => {
  const locale = trial.locale as Locale
  const common = { payload, locale, to: contact.email, name: contact.name, subscriberId: contact.id, req }
  switch (kind) {
    case 'verify': {
      const base = linkSettingsOf(payload).publicUrl.replace(/\/+$/, '')
      const verifyUrl = `${base}/${locale}/trial/verify?token=${createTrialVerifyToken({ secret: payload.secret, trialKey: trial.idempotencyKey, now })}`
      await queueMail({ ...common, template: 'trial-verify', props: { verifyUrl }, idempotencyKey: `trial-verify:${trial.idempotencyKey}:${occasion}` })
      return
    }
    case 'exists':
      await queueMail({ ...common, template: 'trial-exists', props: trial.loginUrl ? { loginUrl: trial.loginUrl } : {}, idempotencyKey: `trial-exists:${trial.idempotencyKey}:${occasion}` })
      return
    case 'welcome':
      if (!trial.loginUrl) throw new Error(`trial ${trial.id} has no login link: the welcome mail cannot go without one`)
      await queueMail({ ...common, template: 'trial-welcome', props: { loginUrl: trial.loginUrl }, idempotencyKey: `trial-welcome:${trial.idempotencyKey}` })
  }
}
