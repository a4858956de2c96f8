import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { confirmSubscription } from '../../cms/contacts/confirm-subscription'
import { createFormStamp } from '../../cms/contacts/form-stamp'
import { handleSignUp } from '../../cms/contacts/handle-sign-up'
import { loadPreferences } from '../../cms/contacts/load-preferences'
import { unsubscribeWithToken } from '../../cms/contacts/unsubscribe-with-token'
import { createPreferenceToken } from '../../cms/links/preference-token'
import { createUnsubscribeToken } from '../../cms/links/unsubscribe-token'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { mailsTo } from '../support/mails-to'

let cms: TestCms
beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms({ seed: true })
}, 120_000)
afterAll(async () => cms?.close())

const signUp = (email: string, tracking: boolean) =>
  handleSignUp({
    payload: cms.payload,
    form: { email, lists: ['newsletter'], consent: 'yes', locale: 'nl', ...(tracking ? { tracking: 'yes' } : {}), stamp: createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) }) },
    pageLocale: 'nl',
    clientKey: email,
  })
const contactOf = async (email: string) => (await cms.payload.find({ collection: 'contacts', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]
const confirmLinkOf = async (email: string) => {
  const [mail] = await mailsTo({ payload: cms.payload, to: email, template: 'newsletter-opt-in' })
  return /newsletter\/confirm\?token=([A-Za-z0-9_.-]+)/.exec(mail?.text ?? '')?.[1] ?? ''
}

describe('a deleted person’s links after their id is given to someone else', () => {
  it('open nothing of the next person: preference center, confirm link, unsubscribe link and ledger all name the random reference', async () => {
    await signUp('bob@example.com', true)
    const bob = (await contactOf('bob@example.com'))!
    const bobConfirm = await confirmLinkOf('bob@example.com')
    const bobPreferences = createPreferenceToken({ secret: cms.payload.secret, contactRef: bob.ref as string })
    const bobUnsubscribe = createUnsubscribeToken({ secret: cms.payload.secret, contactRef: bob.ref as string })
    expect(bobConfirm).not.toBe('')

    // Bob is erased; Carol signs up and SQLite gives her Bob's integer id (the highest id is reused after a delete).
    await cms.payload.delete({ collection: 'contacts', id: bob.id, overrideAccess: true })
    await signUp('carol@example.com', false)
    const carol = (await contactOf('carol@example.com'))!
    expect(carol.id).toBe(bob.id)
    expect(carol.ref).not.toBe(bob.ref)

    expect((await loadPreferences({ payload: cms.payload, token: bobPreferences, locale: 'nl' })).state).toBe('invalid')
    expect((await confirmSubscription({ payload: cms.payload, token: bobConfirm })).outcome).toBe('invalid')
    expect((await unsubscribeWithToken({ payload: cms.payload, token: bobUnsubscribe, via: 'one-click' })).outcome).toBe('already')

    // Carol is untouched: still pending (Bob's link confirmed nothing), no tracking, still subscribed.
    const after = (await contactOf('carol@example.com'))!
    expect(after.status).toBe('active')
    expect(after.tracking).toBe(false)
    expect((after.subscriptions ?? []).map((s) => s.status)).toEqual(['pending'])
    // Her own confirm link works, and her ledger records name her reference, not the shared id.
    expect((await confirmSubscription({ payload: cms.payload, token: await confirmLinkOf('carol@example.com') })).outcome).toBe('confirmed')
    const records = await cms.payload.find({ collection: 'consent-records', where: { contact: { equals: carol.id } }, depth: 0, overrideAccess: true })
    expect(records.docs.length).toBeGreaterThan(0)
    expect(records.docs.every((r) => r.subjectRef === `contact:${carol.ref}`)).toBe(true)
  })

  it('a used confirm link expires like any other (it kept answering "already confirmed" with a fresh preference link)', async () => {
    await signUp('dana@example.com', false)
    const link = await confirmLinkOf('dana@example.com')
    expect((await confirmSubscription({ payload: cms.payload, token: link })).outcome).toBe('confirmed')
    expect((await confirmSubscription({ payload: cms.payload, token: link })).outcome).toBe('already')
    expect((await confirmSubscription({ payload: cms.payload, token: link, now: new Date(Date.now() + 49 * 3_600_000) })).outcome).toBe('expired')
  })

  it('a create cannot choose its reference', async () => {
    const made = await cms.payload.create({ collection: 'contacts', data: { email: 'eve@example.com', locale: 'nl', ref: 'chosen-by-me' } as never, overrideAccess: true })
    expect(made.ref).not.toBe('chosen-by-me')
    expect(made.ref).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })
})
