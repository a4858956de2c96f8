import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { ledgerPolicy, recordContactConsent } from '../contacts'
import { trialConsentTexts } from './trial-consent-texts'

/**
 * The signup's acceptance of the terms and the privacy notice: one consent-ledger record (purpose `trial`, the
 * wording's hash, the policy version in force) and the matching activity. Keyed by the trial, so a retry records once.
 */
export const recordTrialAcceptance = async ({ payload, contact, locale, trialKey }: { payload: Payload; contact: { id: string | number; ref?: string | null }; locale: Locale; trialKey: string }): Promise<void> => {
  const policy = await ledgerPolicy({ payload, locale })
  if (!policy) {
    payload.logger.warn('trial terms acceptance not recorded in the consent ledger: no policy version in force')
    return
  }
  await recordContactConsent({
    payload,
    contact,
    input: { source: 'trial', action: 'given', granted: ['trial'], refused: [], policy, wording: trialConsentTexts({ locale }).acceptWording, locale, eventId: `trial-accept:${trialKey}` },
  })
}
