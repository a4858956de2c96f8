import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { appendActivity, ensureContact, ledgerPolicy, recordContactConsent } from '../../cms/contacts'
import { eraseFromCrm, runCrmSync } from '../../cms/crm'
import { createHubSpotCrm } from '../../integrations/hubspot'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { startHubSpotStandInProcess, type HubSpotStandInProcess } from '../support/start-hubspot-stand-in-process'

/**
 * Issue #18, the sync through the consent gate against the HubSpot stand-in (its own process, driven by HubSpot's real
 * client): only people with CRM consent (or a trial's contract) ever reach it, checked from the stand-in's own log;
 * they arrive once with the right properties and legal basis; a withdrawal unsubscribes them and stops the sync;
 * 429 storms, outages, partial refusals and a revoked token lose nothing and send nothing twice. A real Payload on SQLite.
 */
let cms: TestCms
let hubspot: HubSpotStandInProcess
let crm: ReturnType<typeof createHubSpotCrm>
const subscriptionId = '9000001'
let n = 0

beforeAll(async () => {
  cms = await createTestCms({ seed: true })
  hubspot = await startHubSpotStandInProcess()
  crm = createHubSpotCrm({ accessToken: hubspot.accessToken, basePath: hubspot.url, perTenSeconds: 100 })
}, 120_000)
afterAll(async () => {
  await hubspot?.stop()
  await cms?.close()
})
beforeEach(async () => {
  await hubspot.control('restore')
})

const person = async ({ email, name, consent = [] as ('crm' | 'crm-' | 'all-' | 'trial')[] }: { email: string; name?: string; consent?: ('crm' | 'crm-' | 'all-' | 'trial')[] }) => {
  const { contact } = await ensureContact({ payload: cms.payload, email, name, locale: 'nl', profession: 'psychologist', source: 'form' })
  const policy = (await ledgerPolicy({ payload: cms.payload, locale: 'nl' }))!
  for (const c of consent) {
    const granted = c === 'crm' ? ['crm'] : c === 'trial' ? ['trial'] : []
    const refused = c === 'crm-' ? ['crm'] : c === 'all-' ? ['*'] : []
    await recordContactConsent({ payload: cms.payload, contact, input: { source: c === 'trial' ? 'trial' : 'form', action: refused.length ? 'withdrawn' : 'given', granted, refused, policy, wording: { id: 'test', hash: 'h' }, locale: 'nl', eventId: `crm-test-${++n}` } })
  }
  return contact
}
const sync = (over: Partial<Parameters<typeof runCrmSync>[0]> = {}) => runCrmSync({ payload: cms.payload, crm, subscriptionId, ...over })
const rowOf = async (contactId: number | string) => (await cms.payload.find({ collection: 'crm-syncs', where: { contact: { equals: contactId } }, depth: 0, overrideAccess: true })).docs[0]
const receiptsOf = async (contactId: number | string) => (await cms.payload.find({ collection: 'crm-receipts', where: { contact: { equals: contactId } }, sort: 'id', depth: 0, overrideAccess: true })).docs
const seen = async (email: string) => (await hubspot.log()).filter((e) => e.emails.includes(email.toLowerCase()))

describe('who reaches HubSpot', () => {
  it('only people with CRM consent or a trial contract, each once, with the right properties and legal basis', async () => {
    const consenting = await person({ email: 'Lead.Consent@example.com', name: 'Lea Janssens', consent: ['crm'] })
    const stranger = await person({ email: 'no.consent@example.com', name: 'Nora Geen' })
    const trialist = await person({ email: 'trial.only@example.com', name: 'Tom Proef', consent: ['trial'] })
    await cms.payload.create({ collection: 'trials', overrideAccess: true, data: { contact: trialist.id, status: 'active', profession: 'coach', country: 'BE', locale: 'nl', idempotencyKey: `trial_crmtest${Date.now()}`.padEnd(24, 'x') } as never })
    await appendActivity({ payload: cms.payload, contact: trialist.id, type: 'trial-started', key: `trial-started:crm-${n}` })
    await appendActivity({ payload: cms.payload, contact: consenting.id, type: 'webinar-attended', key: `webinar-attended:crm-${n}` })
    // The stranger sent a form without ticking the CRM box: the sync looks, and sends nothing.
    await appendActivity({ payload: cms.payload, contact: stranger.id, type: 'form-submitted', key: `form-submitted:crm-${n}`, detail: 'contact: Vraag' })

    const round = await sync()
    expect(round.state).toBe('done')
    // The stand-in's own log: the stranger never reached it.
    expect(await seen('no.consent@example.com')).toEqual([])
    expect(await rowOf(stranger.id)).toMatchObject({ state: 'skipped' })

    const state = await hubspot.state()
    const lea = state.contacts.find((c) => c.email === 'lead.consent@example.com')
    expect(lea?.properties).toMatchObject({ firstname: 'Lea', lastname: 'Janssens', myplugin_legal_basis: 'consent', myplugin_webinar_status: 'attended', myplugin_profession: 'psychologist', lifecyclestage: 'lead' })
    expect(state.subscriptions['lead.consent@example.com']?.[subscriptionId]).toMatchObject({ status: 'SUBSCRIBED', legalBasis: 'CONSENT_WITH_NOTICE' })
    const tom = state.contacts.find((c) => c.email === 'trial.only@example.com')
    expect(tom?.properties).toMatchObject({ myplugin_trial_status: 'active', myplugin_legal_basis: 'contract', lifecyclestage: 'opportunity' })
    expect(tom?.properties).not.toHaveProperty('myplugin_profession')
    expect(state.subscriptions['trial.only@example.com']?.[subscriptionId]?.status ?? 'none').not.toBe('SUBSCRIBED')

    expect(await rowOf(consenting.id)).toMatchObject({ state: 'synced', purpose: 'crm', legalBasis: 'CONSENT_WITH_NOTICE', subscribed: true })
    expect((await receiptsOf(consenting.id)).map((r) => r.action)).toEqual(['upserted', 'subscribed'])
    expect((await receiptsOf(trialist.id)).map((r) => [r.action, r.legalBasis])).toEqual([['upserted', 'PERFORMANCE_OF_CONTRACT']])

    // Nothing changed: the next rounds send nothing.
    const before = (await hubspot.log()).length
    await appendActivity({ payload: cms.payload, contact: consenting.id, type: 'preferences-changed', key: `prefs:crm-${++n}` })
    await sync()
    await sync()
    expect((await hubspot.log()).length).toBe(before)
    expect((await hubspot.state()).contacts.filter((c) => c.email === 'lead.consent@example.com')).toHaveLength(1)
  })

  it('a withdrawal unsubscribes the person at HubSpot, leaves a receipt, and stops the sync; so does "unsubscribe from everything"', async () => {
    const a = await person({ email: 'withdraws@example.com', consent: ['crm'] })
    const b = await person({ email: 'leaves.all@example.com', consent: ['crm'] })
    await sync()
    expect((await hubspot.state()).subscriptions['withdraws@example.com']?.[subscriptionId]?.status).toBe('SUBSCRIBED')
    await person({ email: 'withdraws@example.com', consent: ['crm-'] })
    await person({ email: 'leaves.all@example.com', consent: ['all-'] })
    await sync()
    const state = await hubspot.state()
    expect(state.subscriptions['withdraws@example.com']?.[subscriptionId]?.status).toBe('NOT_SUBSCRIBED')
    expect(state.subscriptions['leaves.all@example.com']?.[subscriptionId]?.status).toBe('NOT_SUBSCRIBED')
    expect(await rowOf(a.id)).toMatchObject({ state: 'withdrawn', subscribed: false })
    expect((await receiptsOf(b.id)).map((r) => r.action)).toEqual(['upserted', 'subscribed', 'unsubscribed'])
    // Later changes send nothing more about them.
    const before = (await seen('withdraws@example.com')).length
    await appendActivity({ payload: cms.payload, contact: a.id, type: 'webinar-registered', key: `webinar-registered:crm-${++n}` })
    await sync()
    expect((await seen('withdraws@example.com')).length).toBe(before)
  })
})

describe('erasure', () => {
  it('calls HubSpot’s GDPR delete, leaves a receipt on the person’s reference, and stops the sync for good', async () => {
    const p = await person({ email: 'erase.me@example.com', consent: ['crm'] })
    await sync()
    expect((await hubspot.state()).contacts.some((c) => c.email === 'erase.me@example.com')).toBe(true)
    expect(await eraseFromCrm({ payload: cms.payload, crm, contactId: p.id })).toEqual({ outcome: 'deleted' })
    const state = await hubspot.state()
    expect(state.contacts.some((c) => c.email === 'erase.me@example.com')).toBe(false)
    expect(state.blocklist).toContain('erase.me@example.com')
    const receipts = await cms.payload.find({ collection: 'crm-receipts', where: { and: [{ contactRef: { equals: p.ref } }, { action: { equals: 'gdpr-deleted' } }] }, overrideAccess: true })
    expect(receipts.totalDocs).toBe(1)
    // Done twice (a retried job): one receipt, and HubSpot holding nobody is fine.
    await eraseFromCrm({ payload: cms.payload, crm, contactId: p.id })
    expect((await cms.payload.count({ collection: 'crm-receipts', where: { contactRef: { equals: p.ref } }, overrideAccess: true })).totalDocs).toBe(3)
    expect(await rowOf(p.id)).toMatchObject({ state: 'withdrawn' })
    // HubSpot unreachable: the caller's job learns it and retries.
    await hubspot.control('fail', { status: 503 })
    await expect(eraseFromCrm({ payload: cms.payload, crm, contactId: p.id })).rejects.toMatchObject({ kind: 'unavailable' })
  })
})

describe('when HubSpot misbehaves', () => {
  it('a 429 storm puts everyone back without counting an attempt; afterwards each arrives once', async () => {
    const p = await person({ email: 'storm@example.com', consent: ['crm'] })
    await hubspot.control('storm', { share: 1 })
    const stormy = await sync()
    expect(stormy.state).toBe('stopped')
    expect(await rowOf(p.id)).toMatchObject({ state: 'pending', attempts: 0 })
    await hubspot.control('restore')
    // The window HubSpot asked for has passed.
    await sync({ clock: () => new Date(Date.now() + 15_000) })
    expect(await rowOf(p.id)).toMatchObject({ state: 'synced' })
    expect((await hubspot.state()).contacts.filter((c) => c.email === 'storm@example.com')).toHaveLength(1)
  })

  it('an outage counts attempts with backoff and becomes a dead letter after ten; a retry brings the person in once', async () => {
    const p = await person({ email: 'outage@example.com', consent: ['crm'] })
    await hubspot.control('fail', { status: 503 })
    let clock = Date.now()
    for (let i = 0; i < 10; i++) {
      await sync({ clock: () => new Date(clock) })
      clock += 3_700_000
    }
    expect(await rowOf(p.id)).toMatchObject({ state: 'failed', attempts: 10 })
    expect((await rowOf(p.id))?.lastError).not.toContain('outage@example.com')
    await hubspot.control('restore')
    await cms.payload.update({ collection: 'crm-syncs', where: { state: { equals: 'failed' } }, data: { state: 'pending', attempts: 0, dueAt: new Date().toISOString() }, overrideAccess: true })
    await sync()
    expect(await rowOf(p.id)).toMatchObject({ state: 'synced' })
    expect((await hubspot.state()).contacts.filter((c) => c.email === 'outage@example.com')).toHaveLength(1)
  })

  it('a partial refusal (207) fails that person alone; the rest of the batch goes through', async () => {
    await crm.gdprDelete({ email: 'blocked@example.com' })
    const blocked = await person({ email: 'blocked@example.com', consent: ['crm'] })
    const fine = await person({ email: 'fine@example.com', consent: ['crm'] })
    await sync()
    expect(await rowOf(blocked.id)).toMatchObject({ state: 'failed' })
    expect(await rowOf(fine.id)).toMatchObject({ state: 'synced' })
  })

  it('a revoked token pauses the sync and says why; nobody is lost', async () => {
    const p = await person({ email: 'revoked@example.com', consent: ['crm'] })
    await hubspot.control('revoke')
    const round = await sync()
    expect(round.state).toBe('stopped')
    const state = await cms.payload.findGlobal({ slug: 'crm-state', overrideAccess: true })
    expect(state.lastError).toMatch(/401/)
    expect(new Date(state.pausedUntil!).getTime()).toBeGreaterThan(Date.now())
    expect(await rowOf(p.id)).toMatchObject({ state: 'pending', attempts: 0 })
    expect((await sync()).state).toBe('paused')
    await hubspot.control('reset')
    await cms.payload.updateGlobal({ slug: 'crm-state', data: { pausedUntil: null }, overrideAccess: true })
  })
})
