import type { Payload, PayloadRequest } from 'payload'

import { formatDay } from '../../config/format-day'
import type { Locale } from '../../config/locales'
import { fillCopy } from '../../emails/fill-copy'
import { defaultLifecycleCopy, type TrialLifecycleStep } from './trial-lifecycle-steps'

/**
 * A step's subject and body in the trial's language, as a marketer left them in Trial mails (the defaults when the
 * settings were never saved or a text is empty), `{endDate}` filled in. Also the configured trial length.
 */
export const lifecycleCopy = async ({ payload, step, locale, endDate, req }: { payload: Payload; step: TrialLifecycleStep; locale: Locale; endDate: Date; req?: PayloadRequest }): Promise<{ subject: string; body: string }> => {
  const settings = await payload.findGlobal({ slug: 'trial-mail-settings', locale, fallbackLocale: false, depth: 0, overrideAccess: true, req })
  const written = settings?.[step]
  const fallback = defaultLifecycleCopy[step][locale]
  const values = { endDate: formatDay({ date: endDate, locale }) }
  return {
    subject: fillCopy(written?.subject?.trim() || fallback.subject, values),
    body: fillCopy(written?.body?.trim() || fallback.body, values),
  }
}

/** The trial length marketers set (used only when the application gives no end date). */
export const configuredTrialDays = async ({ payload, req }: { payload: Payload; req?: PayloadRequest }): Promise<number> => {
  const settings = await payload.findGlobal({ slug: 'trial-mail-settings', depth: 0, overrideAccess: true, req })
  return typeof settings?.trialDays === 'number' && settings.trialDays > 0 ? settings.trialDays : 14
}
