/**
 * The registration form's two opt-ins (cms/webinars/handle-webinar-registration.ts) on a real Payload with the demo
 * seed (its policy in force): unticked, nothing but the registration; the newsletter box starts the newsletter's
 * double opt-in; the CRM box is one consent-ledger record (purpose crm, source webinar, the hash of the exact
 * wording shown) and a consent-given activity. And the form's own refusals: no proof of a person, the honeypot.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { verifyConsentChain } from '../../cms/consent/verify-consent-chain'
import { handleWebinarRegistration, webinarConsentTexts } from '../../cms/webinars'
import { createTestCms, type TestCms } from '../support/create-test-cms'

let cms: TestCms
let payload: Payload
let webinarId: number | string
beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms({ seed: true })
  payload = cms.payload
  webinarId = (await payload.find({ collection: 'webinars', where: { slug: { equals: 'eerste-videoconsultatie' } }, limit: 1, overrideAccess: true })).docs[0]!.id
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

const stamp = () => createFormStamp({ secret: payload.secret, now: new Date(Date.now() - 5_000) })
let client = 0
const register = (form: Record<string, string>) => handleWebinarRegistration({ payload, webinarId, questions: [], form: { profession: 'therapist', locale: 'nl', stamp: stamp(), ...form }, pageLocale: 'nl', clientKey: `opt-in-${++client}` })
const contactOf = async (email: string) => (await payload.find({ collection: 'contacts', where: { email: { equals: email } }, limit: 1, overrideAccess: true })).docs[0]
const templatesTo = async (email: string) => (await payload.find({ collection: 'mail-messages', where: { to: { equals: email } }, sort: 'createdAt', pagination: false, limit: 0, overrideAccess: true })).docs.map((m) => m.template)
const crmRecords = async () => (await payload.find({ collection: 'consent-records', where: { source: { equals: 'webinar' } }, pagination: false, limit: 0, overrideAccess: true })).docs

describe('the registration form opt-ins', () => {
  it('record nothing beyond the registration when unticked', async () => {
    const before = (await crmRecords()).length
    expect(await register({ name: 'Geen Vinkjes', email: 'no-boxes@example.com' })).toMatchObject({ result: 'accepted', outcome: 'confirmed' })
    expect(await templatesTo('no-boxes@example.com')).toEqual(['webinar-registered'])
    expect((await contactOf('no-boxes@example.com'))?.subscriptions ?? []).toEqual([])
    expect((await crmRecords()).length).toBe(before)
  })

  it('start the newsletter double opt-in and record the CRM consent with the wording shown', async () => {
    expect(await register({ name: 'Twee Vinkjes', email: 'both-boxes@example.com', newsletter: 'yes', crm: 'yes' })).toMatchObject({ result: 'accepted', outcome: 'confirmed' })
    expect(await templatesTo('both-boxes@example.com')).toEqual(['webinar-registered', 'newsletter-opt-in'])
    const contact = await contactOf('both-boxes@example.com')
    expect(contact?.subscriptions?.map((s) => s.status)).toEqual(['pending'])
    const records = (await crmRecords()).filter((r) => String(typeof r.contact === 'object' ? r.contact?.id : r.contact) === String(contact?.id))
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ action: 'given', granted: ['crm'], refused: [], wordingId: 'webinar-crm:nl', wordingHash: webinarConsentTexts({ locale: 'nl' }).crmWording.hash })
    const activities = await payload.find({ collection: 'contact-activities', where: { and: [{ contact: { equals: contact?.id } }, { type: { equals: 'consent-given' } }] }, overrideAccess: true })
    expect(activities.totalDocs).toBe(1)
    expect((await verifyConsentChain({ payload })).ok).toBe(true)
  })

  it('ask again for proof of a person, and let a robot believe it succeeded', async () => {
    const unproven = await handleWebinarRegistration({ payload, webinarId, questions: [], form: { name: 'Geen Bewijs', email: 'no-proof@example.com', profession: 'coach' }, pageLocale: 'nl', clientKey: 'opt-in-proof' })
    expect(unproven).toMatchObject({ result: 'needs-check', values: { email: 'no-proof@example.com', name: 'Geen Bewijs' } })
    expect(await register({ name: 'Robot', email: 'robot@example.com', website: 'https://spam.example' })).toEqual({ result: 'accepted', outcome: 'honeypot' })
    expect(await contactOf('no-proof@example.com')).toBeUndefined()
    expect(await contactOf('robot@example.com')).toBeUndefined()
  })
})
