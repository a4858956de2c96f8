import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appendActivity } from '../../cms/contacts/append-activity'
import { confirmSubscription } from '../../cms/contacts/confirm-subscription'
import { createFormStamp } from '../../cms/contacts/form-stamp'
import { handleSignUp } from '../../cms/contacts/handle-sign-up'
import { createPreferenceToken } from '../../cms/links/preference-token'
import { createUnsubscribeToken } from '../../cms/links/unsubscribe-token'
import { unsubscribeWithToken } from '../../cms/contacts/unsubscribe-with-token'
import { updatePreferences } from '../../cms/contacts/update-preferences'
import { exportConsentRecords } from '../../cms/consent/export-consent-records'
import { verifyConsentChain } from '../../cms/consent/verify-consent-chain'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { mailsTo } from '../support/mails-to'
import { createContact } from '../support/newsletter-fixtures'

let cms: TestCms
beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms({ seed: true })
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

const stamp = () => createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) })
let client = 0
const signUp = (form: Record<string, string | string[]>) =>
  handleSignUp({ payload: cms.payload, form: { lists: ['newsletter'], consent: 'yes', locale: 'nl', stamp: stamp(), ...form }, pageLocale: 'nl', clientKey: `timeline-${++client}` })
const contactOf = async (email: string) => (await cms.payload.find({ collection: 'contacts', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]!
const timelineOf = async (id: string | number) =>
  (await cms.payload.find({ collection: 'contact-activities', where: { contact: { equals: id } }, sort: 'id', depth: 0, limit: 100, overrideAccess: true })).docs
const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)
const optInToken = async (email: string) => {
  const [input] = await mailsTo({ payload: cms.payload, to: email, template: 'newsletter-opt-in' })
  return /newsletter\/confirm\?token=([A-Za-z0-9_.-]+)/.exec(input?.text ?? '')?.[1] ?? ''
}
const sentCampaign = async ({ name, daysAgo, status = 'sent' }: { name: string; daysAgo: number; status?: 'sent' | 'draft' }) => {
  const list = (await cms.payload.find({ collection: 'newsletter-lists', where: { key: { equals: 'newsletter' } }, depth: 0, overrideAccess: true })).docs[0]!
  return cms.payload.create({
    collection: 'campaigns',
    data: { name, lists: [list.id], status, ...(status === 'sent' ? { sentAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString() } : {}) } as never,
    overrideAccess: true,
    context: { campaignAction: true },
  })
}

describe('the contact timeline', () => {
  it('stores an event once however often it is appended, and no door changes or deletes it', async () => {
    const contact = await createContact({ payload: cms.payload, email: 'timeline-once@example.com', lists: [] })
    expect(await appendActivity({ payload: cms.payload, contact: contact.id, type: 'form-submitted', key: 'form:1', detail: 'contact form' })).toBe(true)
    expect(await appendActivity({ payload: cms.payload, contact: contact.id, type: 'form-submitted', key: 'form:1', detail: 'contact form' })).toBe(false)
    const [row] = await timelineOf(contact.id)
    expect(await timelineOf(contact.id)).toHaveLength(1)
    expect(row).toMatchObject({ type: 'form-submitted', detail: 'contact form', key: 'form:1' })
    await expect(cms.payload.update({ collection: 'contact-activities', id: row!.id, data: { detail: 'changed' }, overrideAccess: true })).rejects.toThrow(/cannot be changed/)
    await expect(cms.payload.delete({ collection: 'contact-activities', id: row!.id, overrideAccess: true })).rejects.toThrow(/cannot be deleted/)
    expect((await timelineOf(contact.id))[0]?.detail).toBe('contact form')
    // The contact's admin page reads it through the join field.
    const shown = await cms.payload.findByID({ collection: 'contacts', id: contact.id, depth: 1, overrideAccess: true })
    expect((shown.activities?.docs ?? []).map((a) => (typeof a === 'object' ? a.type : a))).toEqual(['form-submitted'])
  })

  it('records sign-up, confirmation, consent, preference changes and unsubscribe; campaigns count them through their hook', async () => {
    const campaign = await sentCampaign({ name: 'Timeline', daysAgo: 2 })
    await signUp({ email: 'timeline@example.com', mp_c: String(campaign.id), tracking: 'yes' })
    const contact = await contactOf('timeline@example.com')
    expect(idOf(contact.attribution?.campaign)).toBe(campaign.id)
    expect((await confirmSubscription({ payload: cms.payload, token: await optInToken('timeline@example.com') })).outcome).toBe('confirmed')

    const token = createPreferenceToken({ secret: cms.payload.secret, contactRef: contact.ref as string })
    const saved = await updatePreferences({ payload: cms.payload, token, pageLocale: 'nl', input: { action: 'save', name: 'Tim', locale: 'nl', lists: ['newsletter'], tracking: false, ads: false } })
    expect(saved.outcome).toBe('saved')
    const unsubscribeToken = createUnsubscribeToken({ secret: cms.payload.secret, contactRef: contact.ref as string, list: '*', campaign: campaign.id })
    expect((await unsubscribeWithToken({ payload: cms.payload, token: unsubscribeToken, via: 'one-click' })).outcome).toBe('unsubscribed')
    expect((await unsubscribeWithToken({ payload: cms.payload, token: unsubscribeToken, via: 'one-click' })).outcome).toBe('already')

    const timeline = await timelineOf(contact.id)
    expect(timeline.map((a) => [a.type, idOf(a.campaign) ?? null])).toEqual([
      ['signed-up', campaign.id],
      ['consent-given', null],
      ['confirmed', campaign.id],
      ['preferences-changed', null],
      ['consent-withdrawn', null],
      ['consent-withdrawn', null],
      ['unsubscribed', campaign.id],
    ])
    expect(timeline.find((a) => a.type === 'consent-given')?.lists).toEqual(['newsletter', 'tracking'])

    const events = await cms.payload.find({ collection: 'campaign-events', where: { campaign: { equals: campaign.id } }, sort: 'id', depth: 0, overrideAccess: true })
    // Named in the conversion: the person ticked tracking when signing up.
    expect(events.docs.map((e) => [e.type, e.key, idOf(e.contact) ?? null])).toEqual([
      ['converted', `converted:newsletter:${campaign.id}:${contact.id}`, contact.id],
      ['unsubscribed', `unsubscribed:${campaign.id}:${contact.id}`, null],
    ])

    // The ledger: new records name the contact by its random reference (never the reusable id) and link the
    // contact; the chain holds; the export finds them by that reference.
    const records = await cms.payload.find({ collection: 'consent-records', where: { contact: { equals: contact.id } }, sort: 'sequence', depth: 0, overrideAccess: true })
    expect(contact.ref).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(records.docs.map((r) => r.subjectRef)).toEqual([`contact:${contact.ref}`, `contact:${contact.ref}`, `contact:${contact.ref}`])
    expect((await verifyConsentChain({ payload: cms.payload })).ok).toBe(true)
    expect(JSON.parse(await exportConsentRecords({ payload: cms.payload, subjectRef: `contact:${contact.ref}`, format: 'json' }))).toHaveLength(3)
    expect(JSON.parse(await exportConsentRecords({ payload: cms.payload, subjectRef: `contact:${contact.id}`, format: 'json' }))).toHaveLength(0)
  })

  it('keeps an attribution only for a campaign sent within 30 days (the campaigns hook on contacts)', async () => {
    const stale = await sentCampaign({ name: 'Old', daysAgo: 40 })
    const draft = await sentCampaign({ name: 'Draft', daysAgo: 0, status: 'draft' })
    await signUp({ email: 'stale@example.com', mp_c: String(stale.id) })
    await signUp({ email: 'draft@example.com', mp_c: String(draft.id) })
    await signUp({ email: 'nowhere@example.com', mp_c: '999999' })
    for (const email of ['stale@example.com', 'draft@example.com', 'nowhere@example.com']) {
      const contact = await contactOf(email)
      expect(contact.attribution?.campaign ?? null).toBeNull()
      expect((await timelineOf(contact.id)).map((a) => [a.type, a.campaign ?? null])).toEqual([['signed-up', null]])
    }
    // An unchanged attribution survives any later save, even once the campaign is older than 30 days.
    const recent = await sentCampaign({ name: 'Recent', daysAgo: 1 })
    const person = await createContact({ payload: cms.payload, email: 'kept@example.com', lists: [] })
    await cms.payload.update({ collection: 'contacts', id: person.id, data: { attribution: { campaign: recent.id, at: new Date().toISOString() } }, overrideAccess: true })
    await cms.payload.update({ collection: 'campaigns', id: recent.id, data: { sentAt: new Date(Date.now() - 90 * 86_400_000).toISOString() } as never, overrideAccess: true, context: { campaignAction: true } })
    await cms.payload.update({ collection: 'contacts', id: person.id, data: { profession: 'psychologist', organisation: 'Praktijk', country: 'NL' }, overrideAccess: true })
    expect(idOf((await contactOf('kept@example.com')).attribution?.campaign)).toBe(recent.id)
  })
})
