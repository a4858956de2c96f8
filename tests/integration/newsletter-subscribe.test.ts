import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { confirmSubscription } from '../../cms/contacts/confirm-subscription'
import { createFormStamp } from '../../cms/contacts/form-stamp'
import { handleSignUp } from '../../cms/contacts/handle-sign-up'
import { loadPreferences } from '../../cms/contacts/load-preferences'
import { adsConsentText } from '../../cms/contacts/ads-consent-text'
import { crmConsentText } from '../../cms/contacts/crm-consent-text'
import { sha256 } from '../../config/sha256'
import { createPreferenceToken } from '../../cms/links/preference-token'
import { updatePreferences } from '../../cms/contacts/update-preferences'
import { ledgerPolicy } from '../../cms/contacts/ledger-policy'
import { recordContactConsent } from '../../cms/contacts/record-contact-consent'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { mailsTo } from '../support/mails-to'

let cms: TestCms
beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms({ seed: true })
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

let client = 0
const oldStamp = () => createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) })
const signUp = (form: Record<string, string | string[]>, clientKey = `client-${++client}`) =>
  handleSignUp({ payload: cms.payload, form: { lists: ['newsletter'], consent: 'yes', locale: 'nl', stamp: oldStamp(), ...form }, pageLocale: 'nl', clientKey })

const optInTokens = async (email: string): Promise<string[]> => {
  const mails = await mailsTo({ payload: cms.payload, to: email, template: 'newsletter-opt-in' })
  return mails.map((m) => /newsletter\/confirm\?token=([A-Za-z0-9_.-]+)/.exec(m.text)?.[1] ?? '')
}
const subscriberOf = async (email: string) => (await cms.payload.find({ collection: 'contacts', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]
const ledgerOf = async (id: string | number) =>
  (await cms.payload.find({ collection: 'consent-records', where: { contact: { equals: id } }, sort: 'sequence', depth: 0, overrideAccess: true })).docs

describe('newsletter sign-up', () => {
  it('answers the same for an unknown and a known address, and mails one confirmation per 10 minutes', async () => {
    const first = await signUp({ email: 'Known@Example.com' })
    const again = await signUp({ email: 'known@example.com' })
    const unknown = await signUp({ email: 'new-person@example.com' })
    expect(first.result).toBe('accepted')
    expect(again.result).toBe('accepted')
    expect(unknown.result).toBe('accepted')
    expect(first).toEqual({ result: 'accepted', outcome: 'mailed' })
    expect(again).toEqual({ result: 'accepted', outcome: 'throttled' })
    expect(await optInTokens('known@example.com')).toHaveLength(1)
    const known = await subscriberOf('known@example.com')
    expect(known?.source).toBe('form')
    expect(known?.subscriptions?.[0]?.status).toBe('pending')
  })

  it('keeps out a filled honeypot without creating anything, and refuses malformed and disposable addresses', async () => {
    expect(await signUp({ email: 'bot@example.com', website: 'http://spam' })).toEqual({ result: 'accepted', outcome: 'honeypot' })
    expect(await subscriberOf('bot@example.com')).toBeUndefined()
    const bad = await signUp({ email: 'not-an-address', name: 'Ann' })
    expect(bad).toMatchObject({ result: 'invalid', errors: ['email-invalid'], values: { email: 'not-an-address', name: 'Ann' } })
    expect(await signUp({ email: 'x@mailinator.com' })).toMatchObject({ result: 'invalid', errors: ['email-disposable'] })
  })

  it('asks again for a form posted too fast or without any proof, and limits sign-ups per client', async () => {
    const fast = await handleSignUp({ payload: cms.payload, form: { email: 'fast@example.com', lists: 'newsletter', consent: 'yes', stamp: createFormStamp({ secret: cms.payload.secret }) }, pageLocale: 'nl', clientKey: 'fast' })
    expect(fast.result).toBe('needs-check')
    const forged = await handleSignUp({ payload: cms.payload, form: { email: 'fast@example.com', lists: 'newsletter', consent: 'yes', altcha: 'bm90LWpzb24=' }, pageLocale: 'nl', clientKey: 'fast' })
    expect(forged.result).toBe('needs-check')
    const results = []
    for (let i = 0; i < 11; i++) results.push(await signUp({ email: `many-${i}@example.com` }, 'one-client'))
    expect(results.slice(0, 10).every((r) => r.result === 'accepted')).toBe(true)
    expect(results[10]?.result).toBe('rate-limited')
  })
})

describe('confirming and the preference center', () => {
  it('confirms once with a ledger record; a reused link records nothing; expired and forged links do nothing', async () => {
    await signUp({ email: 'confirm-me@example.com', lists: ['newsletter', 'webinars'], tracking: 'yes' })
    const [token] = await optInTokens('confirm-me@example.com')
    expect(token).toBeTruthy()
    expect(await confirmSubscription({ payload: cms.payload, token: `${token}x` })).toEqual({ outcome: 'invalid' })
    expect(await confirmSubscription({ payload: cms.payload, token, now: new Date(Date.now() + 49 * 3_600_000) })).toEqual({ outcome: 'expired' })
    const done = await confirmSubscription({ payload: cms.payload, token })
    expect(done.outcome).toBe('confirmed')
    const subscriber = await subscriberOf('confirm-me@example.com')
    expect(subscriber?.status).toBe('active')
    expect(subscriber?.tracking).toBe(true)
    expect(subscriber?.subscriptions?.map((s) => s.status)).toEqual(['confirmed', 'confirmed'])
    const records = await ledgerOf(subscriber!.id)
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ source: 'newsletter', action: 'given', granted: ['newsletter', 'tracking', 'webinars'], wordingId: 'newsletter-settings:nl' })
    expect(records[0]?.policyVersion).toBeTruthy()
    expect((await confirmSubscription({ payload: cms.payload, token })).outcome).toBe('already')
    expect(await ledgerOf(subscriber!.id)).toHaveLength(1)
    // Asking again for a confirmed list sends nothing new.
    await cms.payload.update({ collection: 'contacts', id: subscriber!.id, data: { lastConfirmMailAt: null }, overrideAccess: true })
    expect(await signUp({ email: 'confirm-me@example.com' })).toEqual({ result: 'accepted', outcome: 'nothing-to-confirm' })
  })

  it('records every preference change in the ledger and applies it at once', async () => {
    const subscriber = (await subscriberOf('confirm-me@example.com'))!
    const token = createPreferenceToken({ secret: cms.payload.secret, contactRef: subscriber.ref as string })
    const view = await loadPreferences({ payload: cms.payload, token, locale: 'en' })
    expect(view.state).toBe('valid')
    if (view.state !== 'valid') return
    expect(view.view.maskedEmail).toBe('c••••••@example.com')
    expect(view.view.lists.map((l) => l.key)).toEqual(['newsletter', 'webinars'])
    expect(view.view.history).toHaveLength(1)

    const saved = await updatePreferences({ payload: cms.payload, token, pageLocale: 'en', input: { action: 'save', name: 'Ann', locale: 'fr', lists: ['newsletter'], tracking: false, ads: false } })
    expect(saved).toEqual({ outcome: 'saved', granted: [], refused: ['webinars', 'tracking'], locale: 'fr' })
    const after = (await subscriberOf('confirm-me@example.com'))!
    expect(after.locale).toBe('fr')
    expect(after.tracking).toBe(false)
    expect(after.subscriptions?.map((s) => s.status)).toEqual(['confirmed', 'unsubscribed'])
    const everything = await updatePreferences({ payload: cms.payload, token, pageLocale: 'fr', input: { action: 'unsubscribe-all', name: '', locale: 'fr', lists: [], tracking: false, ads: false } })
    expect(everything.outcome).toBe('saved')
    expect((await subscriberOf('confirm-me@example.com'))?.status).toBe('unsubscribed')
    const records = await ledgerOf(subscriber.id)
    expect(records.map((r) => [r.source, r.action])).toEqual([
      ['newsletter', 'given'],
      ['preference-center', 'withdrawn'],
      ['preference-center', 'withdrawn'],
    ])
    expect(records[2]?.refused).toEqual(['*', 'newsletter'])
    expect(await updatePreferences({ payload: cms.payload, token: `${token}x`, pageLocale: 'nl', input: { action: 'save', name: '', locale: 'nl', lists: [], tracking: false, ads: false } })).toEqual({ outcome: 'invalid' })

    // A person who left goes through double opt-in again.
    await cms.payload.update({ collection: 'contacts', id: subscriber.id, data: { lastConfirmMailAt: null }, overrideAccess: true })
    expect(await signUp({ email: 'confirm-me@example.com' })).toEqual({ result: 'accepted', outcome: 'mailed' })
    expect((await subscriberOf('confirm-me@example.com'))?.status).toBe('unsubscribed')
  })

  it('shows the CRM follow-up as given when a form gave it, and withdraws or gives it again in a record of its own; a caller without the box leaves it alone', async () => {
    const contact = await cms.payload.create({ collection: 'contacts', overrideAccess: true, depth: 0, data: { email: 'crm-choice@example.com', locale: 'fr', status: 'active', source: 'admin' } })
    const policy = (await ledgerPolicy({ payload: cms.payload, locale: 'fr' }))!
    await recordContactConsent({ payload: cms.payload, contact, input: { source: 'form', action: 'given', granted: ['crm'], refused: [], policy, wording: { id: 'form-crm:fr', hash: 'h' }, locale: 'fr', eventId: 'crm-choice-form' } })
    const token = createPreferenceToken({ secret: cms.payload.secret, contactRef: contact.ref as string })
    const viewOf = async () => {
      const state = await loadPreferences({ payload: cms.payload, token, locale: 'fr' })
      if (state.state !== 'valid') throw new Error(state.state)
      return state.view
    }
    const save = (crm?: boolean) => updatePreferences({ payload: cms.payload, token, pageLocale: 'fr', input: { action: 'save', name: '', locale: 'fr', lists: [], tracking: false, ads: false, ...(crm === undefined ? {} : { crm }) } })
    expect(await viewOf()).toMatchObject({ crm: true, crmText: crmConsentText({ locale: 'fr' }).text })
    expect(await save()).toEqual({ outcome: 'saved', granted: [], refused: [], locale: 'fr' })
    expect(await save(false)).toEqual({ outcome: 'saved', granted: [], refused: ['crm'], locale: 'fr' })
    expect((await viewOf()).crm).toBe(false)
    expect(await save(true)).toEqual({ outcome: 'saved', granted: ['crm'], refused: [], locale: 'fr' })
    const records = await ledgerOf(contact.id)
    const wording = crmConsentText({ locale: 'fr' }).wording
    expect(records.slice(1).map((r) => [r.action, r.granted, r.refused, r.wordingId, r.wordingHash])).toEqual([
      ['withdrawn', [], ['crm'], wording.id, wording.hash],
      ['given', ['crm'], [], wording.id, wording.hash],
    ])
  })

  it('gives and withdraws the ads consent: unticked at first, one ledger record per change naming its own wording, withdrawn by "everything"', async () => {
    const list = (await cms.payload.find({ collection: 'newsletter-lists', where: { key: { equals: 'newsletter' } }, depth: 0, overrideAccess: true })).docs[0]!
    const contact = await cms.payload.create({ collection: 'contacts', overrideAccess: true, depth: 0, data: { email: 'ads-choice@example.com', locale: 'nl', status: 'active', source: 'admin', subscriptions: [{ list: list.id, status: 'confirmed' }] } })
    const token = createPreferenceToken({ secret: cms.payload.secret, contactRef: contact.ref as string })
    const viewOf = async (locale: 'nl' | 'fr' | 'en' = 'nl') => {
      const state = await loadPreferences({ payload: cms.payload, token, locale })
      if (state.state !== 'valid') throw new Error(state.state)
      return state.view
    }
    const save = (ads: boolean, action: 'save' | 'unsubscribe-all' = 'save', pageLocale: 'nl' | 'fr' | 'en' = 'nl') =>
      updatePreferences({ payload: cms.payload, token, pageLocale, input: { action, name: '', locale: 'nl', lists: ['newsletter'], tracking: false, ads } })

    const fresh = await viewOf()
    expect(fresh.ads).toBe(false)
    expect(fresh.adsText).toBe(adsConsentText({ locale: 'nl' }).text)
    expect(fresh.adsText).toContain('Facebook en Instagram')
    expect((await viewOf('fr')).adsText).toContain('Facebook et Instagram')

    expect(await save(true)).toEqual({ outcome: 'saved', granted: ['ads'], refused: [], locale: 'nl' })
    expect((await viewOf()).ads).toBe(true)
    expect(await save(true)).toEqual({ outcome: 'saved', granted: [], refused: [], locale: 'nl' })
    expect(await save(false, 'save', 'en')).toEqual({ outcome: 'saved', granted: [], refused: ['ads'], locale: 'nl' })
    expect((await viewOf()).ads).toBe(false)
    await save(true)
    const everything = await save(true, 'unsubscribe-all')
    expect(everything).toMatchObject({ outcome: 'saved', refused: ['*', 'newsletter', 'ads'] })
    const after = await viewOf()
    expect(after.ads).toBe(false)

    const records = await ledgerOf(contact.id)
    const nl = adsConsentText({ locale: 'nl' }).wording
    const en = adsConsentText({ locale: 'en' }).wording
    expect(records.map((r) => [r.action, r.granted, r.refused, r.wordingId, r.wordingHash])).toEqual([
      ['given', ['ads'], [], nl.id, nl.hash],
      ['withdrawn', [], ['ads'], en.id, en.hash],
      ['given', ['ads'], [], nl.id, nl.hash],
      // "Everything" refuses `*`, which withdraws ads as well: no second record.
      ['withdrawn', [], ['*', 'newsletter'], 'preference-center:unsubscribe-all', expect.any(String)],
    ])
    expect(records.every((r) => r.source === 'preference-center')).toBe(true)
    expect(nl.hash).toBe(sha256({ text: adsConsentText({ locale: 'nl' }).text }))
    // The history names the choice in the page's words.
    expect(after.history.map((h) => [...h.granted, ...h.refused])).toEqual([['*', 'newsletter'], ['ads'], ['ads'], ['ads']])

    // Someone already unsubscribed who gives ads and then leaves "everything" again: no `*` is recorded for them,
    // so the withdrawal of ads is a record of its own.
    const leftAlone = await updatePreferences({ payload: cms.payload, token, pageLocale: 'nl', input: { action: 'save', name: '', locale: 'nl', lists: [], tracking: false, ads: true } })
    expect(leftAlone).toEqual({ outcome: 'saved', granted: ['ads'], refused: [], locale: 'nl' })
    expect((await viewOf()).status).toBe('unsubscribed')
    expect((await viewOf()).ads).toBe(true)
    await save(false, 'unsubscribe-all')
    expect((await viewOf()).ads).toBe(false)
    expect((await ledgerOf(contact.id)).slice(-2).map((r) => [r.action, r.granted, r.refused])).toEqual([
      ['given', ['ads'], []],
      ['withdrawn', [], ['ads']],
    ])
  })

  it('attributes a sign-up through a campaign link: a converted event on confirmation', async () => {
    const list = (await cms.payload.find({ collection: 'newsletter-lists', where: { key: { equals: 'newsletter' } }, depth: 0, overrideAccess: true })).docs[0]!
    const campaign = await cms.payload.create({
      collection: 'campaigns',
      data: { name: 'Spring', lists: [list.id], status: 'sent', sentAt: new Date(Date.now() - 86_400_000).toISOString() } as never,
      overrideAccess: true,
      context: { campaignAction: true },
    })
    await signUp({ email: 'from-campaign@example.com', mp_c: String(campaign.id) })
    const subscriber = (await subscriberOf('from-campaign@example.com'))!
    const attributed = typeof subscriber.attribution?.campaign === 'object' ? subscriber.attribution?.campaign?.id : subscriber.attribution?.campaign
    expect(attributed).toBe(campaign.id)
    const [token] = await optInTokens('from-campaign@example.com')
    expect((await confirmSubscription({ payload: cms.payload, token })).outcome).toBe('confirmed')
    const events = await cms.payload.find({ collection: 'campaign-events', where: { campaign: { equals: campaign.id } }, depth: 0, overrideAccess: true })
    expect(events.docs.map((e) => [e.type, e.detail])).toEqual([['converted', 'newsletter']])
  })
})
