import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { handleFormSubmission, type FormValues } from '../../cms/forms'
import type { Form } from '../../cms/payload-types'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { mailsTo } from '../support/mails-to'
import { ensureList } from '../support/newsletter-fixtures'

/**
 * Issue #17, a visitor's answer to a marketer's form: checked against the published version, stored with the free
 * text apart and screened, one per person per minute, the team told without the answers, the person's receipt
 * without their free text, the consent boxes only when ticked; refusals for unknown, unpublished and closed forms.
 * A real Payload on SQLite.
 */
let cms: TestCms
let form: Form
beforeAll(async () => {
  cms = await createTestCms({ seed: true })
  const list = await ensureList({ payload: cms.payload, key: 'form-news' })
  form = await cms.payload.create({
    collection: 'forms',
    locale: 'nl',
    overrideAccess: true,
    data: {
      title: 'Vraag het ons',
      purpose: 'contact',
      fields: [
        { blockType: 'email', name: 'email', label: 'E-mailadres', required: true },
        { blockType: 'select', name: 'profession', label: 'Beroep', required: true, options: [{ label: 'Psycholoog', value: 'psychologist' }, { label: 'Coach', value: 'coach' }] },
        { blockType: 'checkbox', name: 'demo', label: 'Ik wil een demo' },
        { blockType: 'textarea', name: 'question', label: 'Je vraag' },
      ],
      newsletterList: list.id,
      crmFollowUp: true,
      confirmationMail: true,
      teamAddress: 'team@example.com',
      _status: 'published',
    } as never,
  })
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

let n = 0
const stamp = () => createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) })
const submit = (input: FormValues, formId: unknown = form.id) => handleFormSubmission({ payload: cms.payload, formId, input: { stamp: stamp(), ...input }, locale: 'nl', clientKey: `form-client-${++n}` })
const submissionsOf = async (email: string) => {
  const contact = (await cms.payload.find({ collection: 'contacts', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  return (await cms.payload.find({ collection: 'form-submissions', where: { contact: { equals: contact?.id ?? -1 } }, depth: 0, overrideAccess: true })).docs
}

describe('a visitor’s answer', () => {
  it('is stored with the free text apart, screened and flagged, kept for the form’s period, on the person’s timeline', async () => {
    const email = 'an.answer@example.com'
    const result = await submit({ email, profession: 'psychologist', demo: 'yes', question: 'Mijn cliënt heeft een zware depressie, kan dat online?' })
    expect(result).toMatchObject({ result: 'accepted', outcome: 'submitted' })
    const [submission] = await submissionsOf(email)
    expect(submission).toMatchObject({ answers: { email, profession: 'psychologist', demo: true }, freeText: { question: 'Mijn cliënt heeft een zware depressie, kan dat online?' }, flagged: true, locale: 'nl' })
    expect(submission?.flaggedTerms?.length).toBeGreaterThan(0)
    expect(new Date(submission!.expiresAt!).getTime() - new Date(submission!.submittedAt).getTime()).toBe(90 * 24 * 3_600_000)
    expect(submission?.formVersion).toMatch(/\S/)
    const activities = await cms.payload.find({ collection: 'contact-activities', where: { and: [{ contact: { equals: submission!.contact } }, { type: { equals: 'form-submitted' } }] }, depth: 0, overrideAccess: true })
    expect(activities.totalDocs).toBe(1)
  })

  it('tells the team with a link and never the answers, and gives the person a receipt without their free text', async () => {
    const email = 'receipt@example.com'
    await submit({ email, profession: 'coach', question: 'Werkt dit ook voor groepssessies?' })
    const [team] = await mailsTo({ payload: cms.payload, to: 'team@example.com' }).then((m) => m.filter((x) => x.template === 'form-notification').slice(-1))
    expect(team?.text).toMatch(/\/admin\/collections\/form-submissions\/\d+/)
    expect(team?.text).not.toContain('groepssessies')
    expect(team?.text).not.toContain(email)
    const [receipt] = await mailsTo({ payload: cms.payload, to: email, template: 'form-confirmation' })
    expect(receipt?.text).toContain('Coach')
    expect(receipt?.text).not.toContain('groepssessies')
  })

  it('is one per person per minute: a double submit answers the same and stores once', async () => {
    const email = 'twice.form@example.com'
    const [a, b] = await Promise.all([submit({ email, profession: 'coach' }), submit({ email, profession: 'coach' })])
    expect(a.result).toBe('accepted')
    expect(b.result).toBe('accepted')
    expect(await submissionsOf(email)).toHaveLength(1)
  })

  it('records the CRM opt-in and starts the newsletter’s double opt-in only when ticked', async () => {
    await submit({ email: 'crm.yes@example.com', profession: 'coach', crm: 'yes', newsletter: 'yes' })
    await submit({ email: 'crm.no@example.com', profession: 'coach' })
    const records = async (email: string) => {
      const contact = (await cms.payload.find({ collection: 'contacts', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
      return (await cms.payload.find({ collection: 'consent-records', where: { and: [{ contact: { equals: contact!.id } }, { source: { equals: 'form' } }] }, depth: 0, overrideAccess: true })).docs
    }
    expect((await records('crm.yes@example.com')).map((r) => r.granted)).toEqual([['crm']])
    expect(await records('crm.no@example.com')).toHaveLength(0)
    expect(await mailsTo({ payload: cms.payload, to: 'crm.yes@example.com', template: 'newsletter-opt-in' })).toHaveLength(1)
    expect(await mailsTo({ payload: cms.payload, to: 'crm.no@example.com', template: 'newsletter-opt-in' })).toHaveLength(0)
  })
})

describe('refusals', () => {
  it('a missing required answer, a wrong option, a bad address: each named, nothing stored', async () => {
    const result = await submit({ email: 'not-an-address', profession: 'dentist' })
    expect(result).toMatchObject({ result: 'invalid', errors: expect.arrayContaining([{ field: 'email', code: 'invalid' }, { field: 'profession', code: 'not-an-option' }]) })
    expect(await submit({ profession: 'coach' })).toMatchObject({ result: 'invalid', errors: [{ field: 'email', code: 'required' }] })
    expect((await cms.payload.find({ collection: 'contacts', where: { email: { equals: 'not-an-address' } }, depth: 0, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('an unknown id, a draft-only form and a closed form take nothing', async () => {
    expect(await submit({ email: 'x@example.com' }, 999_999)).toEqual({ result: 'unavailable', reason: 'not-found' })
    expect(await submit({ email: 'x@example.com' }, 'drop table')).toEqual({ result: 'unavailable', reason: 'not-found' })
    const draft = await cms.payload.create({ collection: 'forms', locale: 'nl', draft: true, overrideAccess: true, data: { title: 'Concept', purpose: 'interest', fields: [{ blockType: 'email', name: 'email', label: 'E-mail' }], _status: 'draft' } as never })
    expect(await submit({ email: 'x@example.com' }, draft.id)).toEqual({ result: 'unavailable', reason: 'not-found' })
    const closed = await cms.payload.create({ collection: 'forms', locale: 'nl', overrideAccess: true, data: { title: 'Voorbij', purpose: 'interest', fields: [{ blockType: 'email', name: 'email', label: 'E-mail' }], closesAt: new Date(Date.now() - 60_000).toISOString(), _status: 'published' } as never })
    expect(await submit({ email: 'x@example.com' }, closed.id)).toEqual({ result: 'unavailable', reason: 'closed' })
  })

  it('a robot filling the hidden field is answered like everyone and stores nothing', async () => {
    expect(await submit({ email: 'robot.form@example.com', profession: 'coach', website: 'http://spam' })).toMatchObject({ result: 'accepted', outcome: 'honeypot' })
    expect(await submissionsOf('robot.form@example.com')).toHaveLength(0)
  })
})

describe('purging free text', () => {
  it('deletes the text and its matched terms at once, keeps the rest, and is refused to editors and strangers', async () => {
    const email = 'purge.me@example.com'
    await submit({ email, profession: 'psychologist', question: 'Mijn cliënt neemt antidepressiva, mag dat?' })
    const [flagged] = await submissionsOf(email)
    expect(flagged?.flagged).toBe(true)
    const { purgeFreeText } = await import('../../cms/forms/purge-free-text')
    const { purgedAt } = await purgeFreeText({ payload: cms.payload, submissionId: flagged!.id })
    const [after] = await submissionsOf(email)
    expect(after).toMatchObject({ purgedAt, flagged: true, answers: { email, profession: 'psychologist' } })
    expect(after?.freeText ?? null).toBeNull()
    expect(after?.flaggedTerms ?? []).toEqual([])
    expect(await purgeFreeText({ payload: cms.payload, submissionId: flagged!.id })).toEqual({ purgedAt })
    await expect(purgeFreeText({ payload: cms.payload, submissionId: 987_654 })).rejects.toThrow(/No such form answer/)
  })
})

describe('the answers as CSV', () => {
  it('has one column per field the form has, the address, and never the free text', async () => {
    await submit({ email: 'csv.person@example.com', profession: 'coach', demo: 'yes', question: 'Dit blijft in de beheeromgeving.' })
    const { exportFormAnswers } = await import('../../cms/forms/export-form-answers')
    const { csv, filename } = await exportFormAnswers({ payload: cms.payload, formId: form.id })
    expect(filename).toMatch(new RegExp(`^form-${form.id}-answers-\\d{4}-\\d\\d-\\d\\d\\.csv$`))
    expect(csv.startsWith('\uFEFF"submitted (Brussels time)";"language";"flagged";"e-mail";"email";"profession";"demo"\r\n')).toBe(true)
    expect(csv).toContain('"nl";"no";"csv.person@example.com";"csv.person@example.com";"coach";"yes"')
    expect(csv).not.toContain('question')
    expect(csv).not.toContain('Dit blijft in de beheeromgeving.')
    await expect(exportFormAnswers({ payload: cms.payload, formId: 987_654 })).rejects.toThrow(/No such form/)
  })
})
