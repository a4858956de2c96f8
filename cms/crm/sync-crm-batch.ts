import type { Payload } from 'payload'

import type { HubSpotCrm, HubSpotError } from '../../integrations/hubspot'
import { toHubSpotError } from '../../integrations/hubspot'
import { processorRegistry } from '../../config/processors/processor-registry'
import { sha256 } from '../../config/sha256'
import type { CrmSync } from '../payload-types'
import { decideCrmTransfer, type CrmTransfer } from './decide-crm-transfer'
import type { LedgerEntry } from '../consent'
import { summariseCrmFacts } from './summarise-crm-facts'
import { writeCrmReceipt } from './write-crm-receipt'

/** After this many failed attempts a person is a dead letter (about a day of backoff): the CRM page lists them. */
export const crmMaxAttempts = 10

// People handled at once after the batch upsert (their subscription calls wait for the pacer all the same).
const personConcurrency = 8

export type CrmBatchOutcome = { synced: number; skipped: number; withdrawn: number; failed: number; retried: number; requests: number; stop?: HubSpotError }

const hubspot = processorRegistry.find((p) => p.id === 'hubspot')!
const idOf = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { id: number }).id : (v as number))
const backoffMs = (attempts: number) => Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1))

type Plan = { row: CrmSync; contact: { id: number; ref: string; email: string }; decision: CrmTransfer; hash?: string; upsert: boolean; subscribe: boolean; unsubscribe: boolean }

/**
 * One batch of due people (≤ 100) through the gate to HubSpot: each person's decision from their contact, ledger,
 * timeline and trials; one batch upsert for those whose properties changed (a 207 refuses some and lets the rest
 * through); then the follow-up subscription set or withdrawn one by one, with its legal basis. Every transfer writes a
 * receipt, once. A 429 puts the whole batch back after HubSpot's window (no attempt counted) and stops the round; an
 * outage counts an attempt and backs off; a refused token or a spent daily limit stops the round for everyone.
 */
export const syncCrmBatch = async ({ payload, crm, rows, subscriptionId, now = new Date() }: { payload: Payload; crm: HubSpotCrm; rows: CrmSync[]; subscriptionId?: string; now?: Date }): Promise<CrmBatchOutcome> => {
  const outcome: CrmBatchOutcome = { synced: 0, skipped: 0, withdrawn: 0, failed: 0, retried: 0, requests: 0 }
  const ids = rows.map((r) => idOf(r.contact))
  const [contacts, ledger, activities, trials] = await Promise.all([
    payload.find({ collection: 'contacts', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true, select: { email: true, name: true, profession: true, organisation: true, country: true, locale: true, source: true, ref: true } }),
    payload.find({ collection: 'consent-records', where: { contact: { in: ids } }, pagination: false, depth: 0, overrideAccess: true, select: { contact: true, sequence: true, recordedAt: true, source: true, action: true, granted: true, refused: true, policyVersion: true, hash: true } }),
    payload.find({ collection: 'contact-activities', where: { and: [{ contact: { in: ids } }, { type: { in: ['webinar-registered', 'webinar-attended', 'form-submitted'] } }] }, pagination: false, depth: 0, overrideAccess: true, select: { contact: true, type: true, detail: true } }),
    payload.find({ collection: 'trials', where: { contact: { in: ids } }, pagination: false, depth: 0, overrideAccess: true, select: { contact: true, status: true } }),
  ])
  const update = (row: CrmSync, data: Partial<CrmSync>) => payload.update({ collection: 'crm-syncs', id: row.id, data, overrideAccess: true, depth: 0 })
  const retryLater = async (row: CrmSync, error: HubSpotError) => {
    const attempts = (row.attempts ?? 0) + 1
    if (attempts >= crmMaxAttempts) {
      outcome.failed++
      await update(row, { state: 'failed', attempts, lastError: error.message, dueAt: null })
    } else {
      outcome.retried++
      await update(row, { state: 'pending', attempts, lastError: error.message, dueAt: new Date(now.getTime() + backoffMs(attempts)).toISOString() })
    }
  }

  const plans: Plan[] = []
  for (const row of rows) {
    const contactId = idOf(row.contact)
    const contact = contacts.docs.find((c) => c.id === contactId)
    if (!contact?.email) {
      // Erased or gone: nothing to send, nothing to keep waiting.
      outcome.skipped++
      await update(row, { state: 'skipped', dueAt: null })
      continue
    }
    const records = ledger.docs.filter((r) => idOf(r.contact) === contactId) as unknown as LedgerEntry[]
    const facts = summariseCrmFacts({ activities: activities.docs.filter((a) => idOf(a.contact) === contactId), trials: trials.docs.filter((t) => idOf(t.contact) === contactId) })
    const input = { contact: { ...contact, email: contact.email, locale: contact.locale ?? 'nl' }, records, facts, processor: hubspot }
    const crmDecision = decideCrmTransfer({ ...input, purpose: 'crm' })
    const decision = crmDecision.send ? crmDecision : decideCrmTransfer({ ...input, purpose: 'trial' })
    const wantSubscribed = decision.send && decision.subscription === 'SUBSCRIBED' && subscriptionId !== undefined
    const hash = decision.send ? sha256({ text: JSON.stringify(decision.properties) }) : undefined
    const plan: Plan = {
      row,
      contact: { id: contactId, ref: contact.ref ?? String(contactId), email: contact.email },
      decision,
      hash,
      upsert: decision.send && hash !== row.sentHash,
      subscribe: wantSubscribed && !row.subscribed,
      unsubscribe: !wantSubscribed && Boolean(row.subscribed) && subscriptionId !== undefined,
    }
    if (!plan.upsert && !plan.subscribe && !plan.unsubscribe) {
      // Nothing to tell HubSpot: the gate said no (never sent, or withdrawn and already told), or nothing changed.
      const state = decision.send ? 'synced' : row.sentHash ? 'withdrawn' : 'skipped'
      outcome[state === 'synced' ? 'synced' : state === 'withdrawn' ? 'withdrawn' : 'skipped']++
      await update(row, { state, dueAt: null, attempts: 0, lastError: null })
      continue
    }
    plans.push(plan)
  }

  // One upsert for everyone whose properties changed.
  const upserts = plans.filter((p) => p.upsert)
  const refusedBy = new Map<string, string>()
  const doneBy = new Map<string, string>()
  if (upserts.length > 0) {
    try {
      outcome.requests++
      const answer = await crm.upsertContacts({ contacts: upserts.map((p) => ({ email: p.decision.send ? p.decision.properties.email! : p.contact.email, properties: p.decision.send ? p.decision.properties : {} })) })
      for (const d of answer.done) doneBy.set(d.email, d.id)
      for (const r of answer.refused) if (r.email) refusedBy.set(r.email, `${r.category}: ${r.message}`)
    } catch (error) {
      const e = toHubSpotError(error)
      if (e.kind === 'rate-limited' || e.kind === 'unauthorized') {
        // Not the people's fault: all of them wait, no attempt counted.
        const until = new Date(now.getTime() + (e.retryAfterMs ?? 60_000)).toISOString()
        for (const p of plans) await update(p.row, { state: 'pending', dueAt: until, lastError: e.message })
        return { ...outcome, stop: e }
      }
      for (const p of plans) {
        if (e.kind === 'invalid') {
          outcome.failed++
          await update(p.row, { state: 'failed', lastError: e.message, dueAt: null })
        } else await retryLater(p.row, e)
      }
      return outcome
    }
  }

  // Each person's own steps (receipts, subscription, row) run a few at a time: the pacer still spaces the requests,
  // and one slow answer does not hold up the rest of the batch. After a stop nobody else starts.
  let stop: HubSpotError | undefined
  const step = async (plan: Plan): Promise<void> => {
    if (stop) {
      await update(plan.row, { state: 'pending', dueAt: new Date(now.getTime() + (stop.retryAfterMs ?? 60_000)).toISOString() })
      return
    }
    const { row, decision, contact } = plan
    const email = decision.send ? decision.properties.email! : contact.email
    const patch: Partial<CrmSync> = {}
    if (plan.upsert && decision.send) {
      const refusal = refusedBy.get(email)
      const hubspotId = doneBy.get(email)
      if (refusal) {
        outcome.failed++
        await update(row, { state: 'failed', lastError: refusal.slice(0, 500), dueAt: null })
        return
      }
      if (!hubspotId) {
        await retryLater(row, toHubSpotError({ code: 500, body: { message: 'HubSpot did not answer for this contact in the batch' } }))
        return
      }
      await writeCrmReceipt({ payload, receipt: { contact: contact.id, contactRef: contact.ref, action: 'upserted', at: now, purpose: decision.purpose, legalBasis: decision.legalBasis, legalBasisExplanation: decision.legalBasisExplanation, evidenceSequence: decision.evidence.sequence, properties: Object.keys(decision.properties), key: `upserted:${contact.id}:${plan.hash}` } })
      Object.assign(patch, { hubspotId, sentHash: plan.hash, purpose: decision.purpose, legalBasis: decision.legalBasis, evidenceSequence: decision.evidence.sequence, syncedAt: now.toISOString() })
    }
    try {
      if ((plan.subscribe || plan.unsubscribe) && subscriptionId) {
        outcome.requests++
        const subscribed = plan.subscribe
        // HubSpot wants a legal basis with every change on a GDPR portal: a withdrawal names the record that withdrew.
        const withdrawal = !decision.send && decision.reason === 'consent-withdrawn' ? decision.evidence : undefined
        const basis = decision.send
          ? { legalBasis: decision.legalBasis, explanation: decision.legalBasisExplanation }
          : { legalBasis: 'CONSENT_WITH_NOTICE' as const, explanation: withdrawal ? `Consent to CRM follow-up withdrawn on the myPlugin website on ${withdrawal.recordedAt.slice(0, 10)}, consent ledger record #${withdrawal.sequence}.` : 'No consent to CRM follow-up on record at the myPlugin website.' }
        await crm.setSubscription({ email, subscriptionId, subscribed, ...basis })
        await writeCrmReceipt({
          payload,
          receipt: {
            contact: contact.id,
            contactRef: contact.ref,
            action: subscribed ? 'subscribed' : 'unsubscribed',
            at: now,
            purpose: 'crm',
            legalBasis: basis.legalBasis,
            legalBasisExplanation: basis.explanation,
            evidenceSequence: decision.send ? decision.evidence.sequence : withdrawal?.sequence,
            key: `${subscribed ? 'subscribed' : 'unsubscribed'}:${contact.id}:${decision.send ? decision.evidence.sequence : (withdrawal?.sequence ?? 0)}`,
          },
        })
        patch.subscribed = subscribed
      }
    } catch (error) {
      const e = toHubSpotError(error)
      // What the upsert did is kept; the subscription is tried again later.
      await update(row, patch)
      if (e.kind === 'rate-limited' || e.kind === 'unauthorized') {
        await update(row, { state: 'pending', dueAt: new Date(now.getTime() + (e.retryAfterMs ?? 60_000)).toISOString(), lastError: e.message })
        stop = e
        return
      }
      await retryLater({ ...row, ...patch } as CrmSync, e)
      return
    }
    const state = decision.send ? 'synced' : 'withdrawn'
    outcome[state]++
    await update(row, { ...patch, state, dueAt: null, attempts: 0, lastError: null })
  }
  const queue = [...plans]
  await Promise.all(Array.from({ length: Math.min(personConcurrency, queue.length) }, async () => {
    for (let plan = queue.shift(); plan; plan = queue.shift()) await step(plan)
  }))
  return stop ? { ...outcome, stop } : outcome
}
