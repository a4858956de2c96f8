import { purposeLegalBases, type LegalBasis, type Purpose } from '../../config/processors/purposes'
import type { Processor } from '../../config/processors/processor-types'
import { foldConsentState, type LedgerEntry } from '../consent'

/** The contact as the gate reads it (decrypted): nothing else about the person can reach the CRM. */
export type CrmContact = {
  email: string
  name?: string | null
  profession?: string | null
  organisation?: string | null
  country?: string | null
  locale: string
  source?: string | null
}

/** What the timeline says about the person, summarised (summarise-crm-facts.ts). */
export type CrmFacts = {
  webinar?: 'registered' | 'attended'
  trial?: 'awaiting-verification' | 'provisioning' | 'active' | 'failed' | 'expired' | 'converted' | 'cancelled'
  formPurposes: string[]
}

/** HubSpot's legal basis values (communication preferences API). */
export type HubSpotLegalBasis = 'CONSENT_WITH_NOTICE' | 'PERFORMANCE_OF_CONTRACT'

export type CrmTransfer =
  | { send: false; reason: 'not-a-processor-purpose' | 'no-consent' | 'no-contract' }
  /** The record that withdrew it: HubSpot is told with it. */
  | { send: false; reason: 'consent-withdrawn'; evidence: { sequence: number; hash: string; recordedAt: string; policyVersion: string; source: string } }
  | {
      send: true
      purpose: 'crm' | 'trial'
      legalBasis: HubSpotLegalBasis
      legalBasisExplanation: string
      /** HubSpot contact properties, by their internal names. */
      properties: Record<string, string>
      /** The sales follow-up subscription: set only for consent-based transfers. */
      subscription?: 'SUBSCRIBED'
      /** The ledger record the transfer rests on. */
      evidence: { sequence: number; hash: string; recordedAt: string; policyVersion: string; source: string }
    }

const hubSpotBasis: Partial<Record<LegalBasis, HubSpotLegalBasis>> = { consent: 'CONSENT_WITH_NOTICE', contract: 'PERFORMANCE_OF_CONTRACT' }

// Trials that rest on a contract: verified and provisioned (or ended). An unverified or refused signup has none.
const contractTrials = new Set<CrmFacts['trial']>(['provisioning', 'active', 'expired', 'converted', 'cancelled'])

const lifecycle = (facts: CrmFacts): string => (facts.trial === 'converted' ? 'customer' : facts.trial && contractTrials.has(facts.trial) ? 'opportunity' : 'lead')

const splitName = (name: string | null | undefined): Record<string, string> => {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean)
  if (parts.length === 0) return {}
  return parts.length === 1 ? { firstname: parts[0]! } : { firstname: parts[0]!, lastname: parts.slice(1).join(' ') }
}

const evidenceOf = (record: LedgerEntry) => ({ sequence: record.sequence, hash: record.hash, recordedAt: record.recordedAt, policyVersion: record.policyVersion, source: record.source })

/**
 * The consent gate (issue #18): what may go to the CRM for one person and one purpose, or nothing. Pure: the same
 * input always gives the same answer, and nothing here reads the database or the clock.
 *
 * - The purpose must be one the processor registry lists for HubSpot; its legal basis comes from the purpose registry.
 * - `crm` (consent): only while the person's latest ledger word on `crm` is a grant (a later withdrawal or
 *   "unsubscribe from everything" ends it). Sends the profile, the lead source, the activity summary, the lifecycle
 *   stage and the legal basis with its record, and subscribes the sales follow-up.
 * - `trial` (contract): only for a trial that was verified (a contract exists) and whose terms the person accepted in
 *   the ledger. Sends what the contract needs and nothing else: address, name, trial status, stage; no subscription.
 */
export const decideCrmTransfer = ({ contact, records, facts, purpose, processor }: { contact: CrmContact; records: readonly LedgerEntry[]; facts: CrmFacts; purpose: Purpose; processor: Processor }): CrmTransfer => {
  if (!processor.purposes.includes(purpose) || (purpose !== 'crm' && purpose !== 'trial')) return { send: false, reason: 'not-a-processor-purpose' }
  const basis = hubSpotBasis[purposeLegalBases[purpose]]
  if (!basis) return { send: false, reason: 'not-a-processor-purpose' }
  const email = contact.email.trim().toLowerCase()

  if (purpose === 'crm') {
    const consent = foldConsentState({ records, key: 'crm' })
    if (consent.state === 'never') return { send: false, reason: 'no-consent' }
    if (consent.state === 'refused') return { send: false, reason: 'consent-withdrawn', evidence: evidenceOf(consent.by) }
    const properties: Record<string, string> = {
      email,
      ...splitName(contact.name),
      ...(contact.organisation ? { company: contact.organisation } : {}),
      hs_language: contact.locale,
      lifecyclestage: lifecycle(facts),
      myplugin_lead_source: contact.source ?? 'form',
      ...(contact.profession ? { myplugin_profession: contact.profession } : {}),
      ...(contact.country ? { myplugin_country: contact.country } : {}),
      ...(facts.webinar ? { myplugin_webinar_status: facts.webinar } : {}),
      ...(facts.trial ? { myplugin_trial_status: facts.trial } : {}),
      ...(facts.formPurposes.length > 0 ? { myplugin_form_purpose: [...new Set(facts.formPurposes)].sort().join(';') } : {}),
      myplugin_legal_basis: 'consent',
      myplugin_consent_recorded_at: consent.by.recordedAt,
    }
    return {
      send: true,
      purpose,
      legalBasis: basis,
      legalBasisExplanation: `Consent to CRM follow-up given on the myPlugin website (${consent.by.source}) on ${consent.by.recordedAt.slice(0, 10)}, consent ledger record #${consent.by.sequence}, privacy policy ${consent.by.policyVersion}.`,
      properties,
      subscription: 'SUBSCRIBED',
      evidence: evidenceOf(consent.by),
    }
  }

  const accepted = foldConsentState({ records, key: 'trial', contract: true })
  if (!facts.trial || !contractTrials.has(facts.trial) || accepted.state !== 'granted') return { send: false, reason: 'no-contract' }
  return {
    send: true,
    purpose,
    legalBasis: basis,
    legalBasisExplanation: `Free trial contract accepted on the myPlugin website on ${accepted.by.recordedAt.slice(0, 10)}, consent ledger record #${accepted.by.sequence}: only what the trial needs.`,
    properties: { email, ...splitName(contact.name), lifecyclestage: lifecycle(facts), myplugin_trial_status: facts.trial, myplugin_legal_basis: 'contract' },
    evidence: evidenceOf(accepted.by),
  }
}
