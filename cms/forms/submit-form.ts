import { createHmac } from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { appendActivity, ensureContact } from '../contacts'
import { isUniqueViolation } from '../database/is-unique-violation'
import { linkSettingsOf } from '../links/link-settings'
import { queueMail } from '../mail'
import type { FormSubmission } from '../payload-types'
import type { PublicForm } from './find-public-form'
import { loadHealthTerms } from './load-health-terms'
import { screenHealthTerms } from './screen-health-terms'

export type SubmitFormOutcome = 'submitted' | 'too-soon' | 'already-entered'

const day = 24 * 3_600_000

/** A choice as the person saw it (the option's label, "yes" for a ticked box): for their receipt. */
const shown = ({ form, name, value, locale }: { form: PublicForm; name: string; value: string | number | boolean; locale: Locale }): string => {
  const field = form.fields.find((f) => f.name === name)
  if (field && (field.blockType === 'select' || field.blockType === 'radio')) return field.options.find((o) => o.value === value)?.label ?? String(value)
  if (typeof value === 'boolean') return value ? { nl: 'Ja', fr: 'Oui', en: 'Yes' }[locale] : { nl: 'Nee', fr: 'Non', en: 'No' }[locale]
  return String(value)
}

/**
 * A validated, bot-checked answer to a published form version: the person's contact when the form asks an address,
 * the submission (answers and free text encrypted apart, free text screened for health and client terms, kept for
 * the form's retention period), the activity on the contact, the team's notification (a link, never the answers)
 * and the person's receipt (their choices, never their free text), written together. One per form, person and
 * minute: a second within the minute (a double click, a script) changes nothing. A promotion or contest takes one
 * entry per person, recording the terms version accepted; a second is refused as already entered.
 */
export const submitForm = async ({
  payload,
  form,
  answers,
  freeText,
  locale,
  clientKey,
  now = new Date(),
}: {
  payload: Payload
  form: PublicForm
  answers: Record<string, string | number | boolean>
  freeText: Record<string, string>
  locale: Locale
  clientKey: string
  now?: Date
}): Promise<{ outcome: SubmitFormOutcome; submission?: FormSubmission }> => {
  const emailField = form.fields.find((f) => f.blockType === 'email')
  const email = emailField ? answers[emailField.name] : undefined
  const contact = typeof email === 'string' ? (await ensureContact({ payload, email, locale, source: 'form' })).contact : undefined
  // Without an address, the client stands for the person (hashed: the key is stored).
  const who = contact ? `c${contact.ref}` : `k${createHmac('sha256', payload.secret).update(clientKey).digest('base64url').slice(0, 22)}`
  const minuteKey = `f${form.id}:${who}:${Math.floor(now.getTime() / 60_000)}`
  // Promotions and contests: one entry per person (the contact), whatever the minute.
  const entryKey = form.terms && contact ? `e${form.id}:c${contact.ref}` : undefined
  const entered = async () => entryKey !== undefined && (await payload.count({ collection: 'form-submissions', where: { entryKey: { equals: entryKey } }, overrideAccess: true })).totalDocs > 0
  if (await entered()) return { outcome: 'already-entered' }
  // Entrants are kept until the draw plus the retention period: until the end date plus it here, moved by the draw.
  const keptFrom = form.terms && form.closesAt ? new Date(Math.max(now.getTime(), new Date(form.closesAt).getTime())) : now
  const texts = Object.values(freeText)
  const screen = texts.length > 0 ? screenHealthTerms({ texts, terms: await loadHealthTerms({ payload }) }) : { flagged: false, matches: [] }

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const submission = await payload.create({
      collection: 'form-submissions',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        form: form.id as number,
        formVersion: form.versionId,
        locale,
        ...(contact ? { contact: contact.id } : {}),
        answers,
        ...(texts.length > 0 ? { freeText } : {}),
        flagged: screen.flagged,
        ...(screen.matches.length > 0 ? { flaggedTerms: screen.matches.slice(0, 50) } : {}),
        submittedAt: now.toISOString(),
        expiresAt: new Date(keptFrom.getTime() + form.retentionDays * day).toISOString(),
        minuteKey,
        ...(entryKey ? { entryKey } : {}),
        ...(form.terms ? { termsVersion: form.terms.versionId, termsHash: form.terms.textHash } : {}),
      },
    })
    if (contact) await appendActivity({ payload, contact: contact.id, type: 'form-submitted', key: `form-submitted:${submission.id}`, at: now, detail: `${form.purpose}: ${form.title}`, req })
    const team = (await payload.find({ collection: 'forms', where: { id: { equals: form.id } }, limit: 1, depth: 0, overrideAccess: true, req, select: { teamAddress: true, confirmationMail: true } })).docs[0]
    const base = linkSettingsOf(payload).publicUrl.replace(/\/+$/, '')
    if (team?.teamAddress) {
      await queueMail({ payload, template: 'form-notification', locale: 'nl', to: team.teamAddress, props: { form: form.title, adminUrl: `${base}/admin/collections/form-submissions/${submission.id}`, flagged: screen.flagged }, idempotencyKey: `form-notification:${submission.id}`, req })
    }
    if (team?.confirmationMail && contact) {
      const choices = Object.entries(answers)
        .filter(([name]) => name !== emailField?.name)
        .map(([name, value]) => ({ label: form.fields.find((f) => f.name === name)?.label ?? name, value: shown({ form, name, value, locale }).slice(0, 300) }))
        .slice(0, 30)
      await queueMail({ payload, template: 'form-confirmation', locale, to: contact.email, name: contact.name, subscriberId: contact.id, props: { form: form.title, choices }, idempotencyKey: `form-confirmation:${submission.id}`, req })
    }
    await commitTransaction(req)
    return { outcome: 'submitted', submission }
  } catch (error) {
    await killTransaction(req)
    if (isUniqueViolation(error)) return { outcome: (await entered()) ? 'already-entered' : 'too-soon' }
    throw error
  }
}
