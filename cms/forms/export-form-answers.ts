import type { Payload } from 'payload'

import { spreadsheetDay, spreadsheetTime } from '../../config/spreadsheet-time'
import { DomainError } from '../errors'
import { csvCell } from '../webinars'
import { isFreeText, type FormField } from './form-field'

const idOf = (value: unknown): number | string | undefined => (value === null || value === undefined ? undefined : typeof value === 'object' ? (value as { id: number }).id : (value as number))

/**
 * One form's answers as CSV for marketers' spreadsheets, written as the webinar and trial exports are (byte order
 * mark, every cell quoted and formula-guarded, CRLF, `;` by default): when, language, flagged, the person's address
 * (decrypted: marketers may read it), then one column per field the form has now. Free-text fields are left out on
 * purpose (the health-data guard: their text stays in the admin, where it can be purged), and so are answers to
 * fields a later version removed.
 */
export const exportFormAnswers = async ({ payload, formId, separator = ';', now = new Date() }: { payload: Payload; formId: number | string; separator?: ',' | ';'; now?: Date }): Promise<{ filename: string; csv: string }> => {
  const form = (await payload.find({ collection: 'forms', where: { id: { equals: formId } }, limit: 1, depth: 0, overrideAccess: true, locale: 'nl', select: { fields: true } })).docs[0]
  if (!form) throw new DomainError({ code: 'form.not-found' })
  const columns = ((form.fields ?? []) as unknown as FormField[]).filter((f) => !isFreeText(f))
  const lines = [['submitted (Brussels time)', 'language', 'flagged', 'e-mail', ...columns.map((f) => f.name)].map(csvCell).join(separator)]
  for (let page = 1; ; page++) {
    const batch = await payload.find({ collection: 'form-submissions', where: { form: { equals: formId } }, sort: 'id', page, limit: 100, depth: 0, overrideAccess: true, select: { submittedAt: true, locale: true, flagged: true, contact: true, answers: true } })
    const contactIds = [...new Set(batch.docs.map((s) => idOf(s.contact)).filter((id) => id !== undefined))]
    const contacts = contactIds.length === 0 ? [] : (await payload.find({ collection: 'contacts', where: { id: { in: contactIds } }, pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { email: true } })).docs
    const emails = new Map(contacts.map((c) => [String(c.id), c.email]))
    for (const submission of batch.docs) {
      const answers = (submission.answers ?? {}) as Record<string, unknown>
      const value = (name: string) => {
        const v = answers[name]
        return v === undefined || v === null ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v)
      }
      lines.push([spreadsheetTime(submission.submittedAt), submission.locale ?? '', submission.flagged ? 'yes' : 'no', emails.get(String(idOf(submission.contact))) ?? '', ...columns.map((f) => value(f.name))].map(csvCell).join(separator))
    }
    if (!batch.hasNextPage) break
  }
  return { filename: `form-${formId}-answers-${spreadsheetDay(now)}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n` }
}
