import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { decideCrmTransfer, type CrmFacts } from '../../cms/crm/decide-crm-transfer'
import { foldConsentState, type LedgerEntry } from '../../cms/consent/fold-consent-state'
import { processorRegistry } from '../../config/processors/processor-registry'
import { purposes, type Purpose } from '../../config/processors/purposes'

/**
 * The CRM consent gate (issue #18), exhaustively: every sequence of up to three ledger records over the keys that
 * matter, every trial state, every purpose, against the registry's HubSpot entry; then generated contacts and
 * ledgers for the invariants (nothing leaves without a grant in force; a contract sends only what it needs).
 */
const hubspot = processorRegistry.find((p) => p.id === 'hubspot')!
const contact = { email: '  Anna.Peeters@Example.com ', name: 'Anna Van den Broeck', profession: 'psychologist', organisation: 'Praktijk Anna', country: 'BE', locale: 'nl', source: 'webinar' }

let sequence = 0
const record = (granted: string[], refused: string[], source = 'form'): LedgerEntry => {
  sequence++
  return { sequence, recordedAt: `2026-11-${String((sequence % 27) + 1).padStart(2, '0')}T10:00:00.000Z`, source, action: refused.length ? 'withdrawn' : 'given', granted, refused, policyVersion: '2021-06-01', hash: `h${sequence}` }
}

// The records that can happen to a person, as far as the gate is concerned.
const moves: Record<string, () => LedgerEntry> = {
  'crm+': () => record(['crm'], []),
  'crm-': () => record([], ['crm'], 'preference-center'),
  'all-': () => record([], ['*', 'newsletter'], 'preference-center'),
  'trial+': () => record(['trial'], [], 'trial'),
  'news+': () => record(['newsletter'], [], 'newsletter'),
  'ads+': () => record(['ads'], [], 'preference-center'),
}
const trialStates: CrmFacts['trial'][] = [undefined, 'awaiting-verification', 'provisioning', 'active', 'failed', 'expired', 'converted', 'cancelled']
const contracted = new Set<CrmFacts['trial']>(['provisioning', 'active', 'expired', 'converted', 'cancelled'])

const sequences = (length: number): string[][] => (length === 0 ? [[]] : sequences(length - 1).flatMap((s) => Object.keys(moves).map((m) => [...s, m])))
const allSequences = [0, 1, 2, 3].flatMap(sequences)

/** The expected state of a key after the moves, computed the simple way: the last move that names it. */
const lastWord = (names: string[], key: 'crm' | 'trial') => {
  let word: 'granted' | 'refused' | 'never' = 'never'
  for (const n of names) {
    // "Unsubscribe from everything" withdraws consents, not a contract.
    if (n === 'all-' && key === 'crm') word = 'refused'
    if (n === `${key}+`) word = 'granted'
    if (n === `${key}-`) word = 'refused'
  }
  return word
}

describe('the gate, over every ledger of up to three records × trial state × purpose', () => {
  it(`decides as the policy says (${allSequences.length} ledgers × ${trialStates.length} trial states × ${purposes.length} purposes)`, () => {
    let sent = 0
    for (const names of allSequences) {
      const records = names.map((n) => moves[n]!())
      for (const trial of trialStates) {
        for (const purpose of purposes) {
          const facts: CrmFacts = { trial, formPurposes: ['contact'], webinar: 'attended' }
          const result = decideCrmTransfer({ contact, records, facts, purpose, processor: hubspot })
          if (purpose !== 'crm' && purpose !== 'trial') {
            expect(result).toEqual({ send: false, reason: 'not-a-processor-purpose' })
            continue
          }
          if (purpose === 'crm') {
            const word = lastWord(names, 'crm')
            if (word !== 'granted') {
              expect(result).toMatchObject({ send: false, reason: word === 'never' ? 'no-consent' : 'consent-withdrawn' })
              // A withdrawal names the record that withdrew: the last one refusing crm or everything.
              if (word === 'refused') expect(!result.send && result.reason === 'consent-withdrawn' && result.evidence.sequence).toBe(records.filter((r) => r.refused.includes('crm') || r.refused.includes('*')).at(-1)!.sequence)
              continue
            }
            expect(result.send).toBe(true)
            if (!result.send) continue
            sent++
            expect(result.legalBasis).toBe('CONSENT_WITH_NOTICE')
            expect(result.subscription).toBe('SUBSCRIBED')
            expect(result.properties.email).toBe('anna.peeters@example.com')
            expect(result.properties.myplugin_legal_basis).toBe('consent')
            // The evidence is the latest grant of `crm`.
            const grants = records.filter((r) => r.granted.includes('crm'))
            expect(result.evidence.sequence).toBe(grants.at(-1)!.sequence)
            expect(result.legalBasisExplanation).toContain(`#${grants.at(-1)!.sequence}`)
            expect(result.properties.lifecyclestage).toBe(trial === 'converted' ? 'customer' : contracted.has(trial) ? 'opportunity' : 'lead')
            if (trial) expect(result.properties.myplugin_trial_status).toBe(trial)
            else expect(result.properties).not.toHaveProperty('myplugin_trial_status')
          } else {
            const ok = contracted.has(trial) && lastWord(names, 'trial') === 'granted'
            if (!ok) {
              expect(result).toEqual({ send: false, reason: 'no-contract' })
              continue
            }
            expect(result.send).toBe(true)
            if (!result.send) continue
            sent++
            expect(result.legalBasis).toBe('PERFORMANCE_OF_CONTRACT')
            expect(result.subscription).toBeUndefined()
            // Only what the contract needs.
            expect(Object.keys(result.properties).sort()).toEqual(['email', 'firstname', 'lastname', 'lifecyclestage', 'myplugin_legal_basis', 'myplugin_trial_status'])
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(100)
  })

  it('reads the ledger in its own order, whatever order the records come in', () => {
    const grant = record(['crm'], [])
    const withdraw = record([], ['crm'])
    const facts = { formPurposes: [] }
    expect(decideCrmTransfer({ contact, records: [withdraw, grant], facts, purpose: 'crm', processor: hubspot })).toMatchObject({ send: false, reason: 'consent-withdrawn', evidence: { sequence: withdraw.sequence } })
    expect(foldConsentState({ records: [withdraw, grant], key: 'crm' }).state).toBe('refused')
  })

  it('sends nothing for a purpose the registry does not list for the processor', () => {
    const narrowed = { ...hubspot, purposes: ['trial'] as Purpose[] }
    expect(decideCrmTransfer({ contact, records: [record(['crm'], [])], facts: { formPurposes: [] }, purpose: 'crm', processor: narrowed })).toEqual({ send: false, reason: 'not-a-processor-purpose' })
  })

  it('summarises form purposes once each, sorted, and leaves out what the person did not give', () => {
    const result = decideCrmTransfer({ contact: { email: 'x@example.com', locale: 'fr' }, records: [record(['crm'], [])], facts: { formPurposes: ['interest', 'contact', 'interest'] }, purpose: 'crm', processor: hubspot })
    expect(result.send && result.properties).toEqual({
      email: 'x@example.com',
      hs_language: 'fr',
      lifecyclestage: 'lead',
      myplugin_lead_source: 'form',
      myplugin_form_purpose: 'contact;interest',
      myplugin_legal_basis: 'consent',
      myplugin_consent_recorded_at: expect.any(String),
    })
  })
})

describe('the gate’s invariants, over generated people and ledgers', () => {
  const key = fc.constantFrom<string>('crm', 'trial', 'ads', 'newsletter', 'tracking', '*', 'webinars')
  const entry = fc.record({ granted: fc.array(key, { maxLength: 3 }), refused: fc.array(key, { maxLength: 3 }) })
  const person = fc.record({ email: fc.emailAddress(), name: fc.option(fc.string({ maxLength: 40 })), profession: fc.option(fc.constantFrom('psychologist', 'therapist', 'coach', 'other')), organisation: fc.option(fc.string({ maxLength: 40 })), country: fc.option(fc.constantFrom('BE', 'NL', 'other')), locale: fc.constantFrom('nl', 'fr', 'en'), source: fc.option(fc.constantFrom('form', 'webinar', 'trial', 'admin', 'import')) })
  const allowed = new Set(['email', 'firstname', 'lastname', 'company', 'hs_language', 'lifecyclestage', 'myplugin_lead_source', 'myplugin_profession', 'myplugin_country', 'myplugin_webinar_status', 'myplugin_trial_status', 'myplugin_form_purpose', 'myplugin_legal_basis', 'myplugin_consent_recorded_at'])

  it('never sends for `crm` unless the last record naming crm (or *) granted it; never sends a property outside the list; a contract never sends the profile', () => {
    fc.assert(
      fc.property(person, fc.array(entry, { maxLength: 6 }), fc.constantFrom(...trialStates), fc.constantFrom<Purpose>('crm', 'trial'), (who, entries, trial, purpose) => {
        const records = entries.map((e, i) => ({ sequence: i + 1, recordedAt: '2026-11-01T00:00:00.000Z', source: 'form', action: 'given', granted: e.granted, refused: e.refused, policyVersion: 'v1', hash: `h${i}` }))
        const result = decideCrmTransfer({ contact: who, records, facts: { trial, formPurposes: [] }, purpose, processor: hubspot })
        if (!result.send) return
        for (const name of Object.keys(result.properties)) expect(allowed.has(name)).toBe(true)
        const star = purpose === 'crm'
        const word = [...records].reverse().find((r) => r.refused.includes(purpose) || (star && r.refused.includes('*')) || r.granted.includes(purpose))
        expect(word && !word.refused.includes(purpose) && !(star && word.refused.includes('*')) && word.granted.includes(purpose)).toBe(true)
        if (purpose === 'trial') {
          expect(result.properties).not.toHaveProperty('company')
          expect(result.properties).not.toHaveProperty('myplugin_profession')
          expect(result.subscription).toBeUndefined()
        }
      }),
      { numRuns: 2000, seed: 20261203 },
    )
  })
})
