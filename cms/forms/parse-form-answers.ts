import { z } from 'zod'

import { isFreeText, type FormField } from './form-field'

/** What a form posts (urlencoded, no JavaScript needed): one string per key, an array when a key is repeated. */
export type FormAnswersInput = Record<string, string | string[] | undefined>

export type FormAnswerErrorCode = 'required' | 'invalid' | 'too-long' | 'not-an-option' | 'out-of-range'

/** One problem per field, in the form's order: the page words it in the visitor's language beside that field. */
export type FormAnswerError = { field: string; code: FormAnswerErrorCode }

export type FormAnswers = {
  ok: true
  /** Every non-free-text answer: strings (e-mail, phone, option values, dates), numbers, and booleans (checkboxes). */
  answers: Record<string, string | number | boolean>
  /** Text and textarea answers, kept apart: they are encrypted, screened, purged and expire on their own. */
  freeText: Record<string, string>
}

export type FormAnswersResult = FormAnswers | { ok: false; errors: FormAnswerError[] }

// Hard ceilings a marketer's maxLength can lower but never raise: free text is personal data we must store, encrypt
// and screen, and a form post is not a document upload.
export const textMaxLength = 200
export const textareaMaxLength = 5000
const emailMaxLength = 254 // RFC 5321's limit on a forward path
const phoneMaxLength = 40 // 20 digits plus generous separators; longer is junk, not a phone number
const numberMaxLength = 15 // beyond this a double silently loses digits

const codes = new Set<string>(['required', 'invalid', 'too-long', 'not-an-option', 'out-of-range'])

// zod reports our codes as its messages. A missing value and a value of the wrong kind both fail the base type, so
// the input tells them apart: `undefined` is what an unanswered field normalises to.
const missingOrInvalid = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : 'invalid') }

// C0 controls, DEL and C1 controls. A one-line field gets none; a textarea keeps line breaks and tabs.
const anyControl = /[\u0000-\u001f\u007f-\u009f]/ // eslint-disable-line no-control-regex
const controlButNewlineOrTab = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/ // eslint-disable-line no-control-regex

// Lone surrogates cannot be encoded as UTF-8: they would turn into U+FFFD somewhere between the form and the database.
const cleanText = (allowed: RegExp) => (s: string) => s.isWellFormed() && !allowed.test(s)

// A decimal number as <input type="number"> posts it: no exponent, no thousands separator, no comma (which means a
// decimal point in nl/fr and a thousands separator in en, so it is refused rather than guessed).
const decimal = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/
const daysInMonth = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31
/** A real calendar day written YYYY-MM-DD (so `2026-02-30` and `2026-2-3` are refused). */
export const isIsoDate = (s: string): boolean => {
  const m = isoDate.exec(s)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

// Phone numbers are kept as typed (trimmed), but only in the shapes people write them in: digits, spaces, dots,
// dashes, brackets, and one leading + for the country code.
const phoneShape = /^\+?[0-9 ().-]+$/
const phoneDigits = (s: string) => s.replace(/\D/g, '').length

const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n)

// What a posted value means before the field's own rules: repeated keys stay arrays (refused by every type, since
// no field posts two values), strings are trimmed, and an empty string is the same as no answer.
const normalise = (value: unknown): unknown => {
  if (typeof value !== 'string') return value === null ? undefined : value
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

const textSchema = (field: Extract<FormField, { blockType: 'text' | 'textarea' }>) => {
  const hard = field.blockType === 'text' ? textMaxLength : textareaMaxLength
  const limit = finite(field.maxLength) && field.maxLength >= 1 ? Math.min(Math.floor(field.maxLength), hard) : hard
  return z
    .string(missingOrInvalid)
    .max(limit, { error: 'too-long', abort: true })
    .refine(cleanText(field.blockType === 'text' ? anyControl : controlButNewlineOrTab), { error: 'invalid' })
}

const valueSchema = (field: FormField) => {
  switch (field.blockType) {
    case 'text':
    case 'textarea':
      return textSchema(field)
    case 'email':
      return z
        .string(missingOrInvalid)
        .max(emailMaxLength, { error: 'too-long', abort: true })
        .transform((s) => s.toLowerCase())
        .pipe(z.email({ error: 'invalid' }))
    case 'phone':
      return z
        .string(missingOrInvalid)
        .max(phoneMaxLength, { error: 'invalid', abort: true })
        .refine((s) => phoneShape.test(s) && phoneDigits(s) >= 6 && phoneDigits(s) <= 20, { error: 'invalid' })
    case 'select':
    case 'radio': {
      const values = new Set(field.options.map((o) => o.value))
      return z.string(missingOrInvalid).refine((s) => values.has(s), { error: 'not-an-option' })
    }
    case 'checkbox':
      // Normalised below to a boolean: the only thing a ticked box posts is 'yes', an unticked one posts nothing.
      return field.required ? z.literal(true, { error: (issue) => (issue.input === false ? 'required' : 'invalid') }) : z.boolean({ error: 'invalid' })
    case 'number':
      return z
        .string(missingOrInvalid)
        .max(numberMaxLength, { error: 'invalid', abort: true })
        .regex(decimal, { error: 'invalid', abort: true })
        .transform((s) => Number(s) + 0) // + 0 turns -0 into 0
        .pipe(
          z
            .number()
            .refine(Number.isFinite, { error: 'invalid', abort: true })
            .refine((n) => !finite(field.min) || n >= field.min, { error: 'out-of-range' })
            .refine((n) => !finite(field.max) || n <= field.max, { error: 'out-of-range' }),
        )
    case 'date': {
      // Bounds that are not proper dates themselves are ignored rather than refusing every answer.
      const min = typeof field.min === 'string' && isIsoDate(field.min) ? field.min : undefined
      const max = typeof field.max === 'string' && isIsoDate(field.max) ? field.max : undefined
      return z
        .string(missingOrInvalid)
        .refine(isIsoDate, { error: 'invalid', abort: true })
        .refine((s) => (min === undefined || s >= min) && (max === undefined || s <= max), { error: 'out-of-range' })
    }
  }
}

const fieldSchema = (field: FormField) => {
  const schema = valueSchema(field)
  if (field.blockType === 'checkbox') {
    const checkbox = (value: unknown) => (value === undefined ? false : value === 'yes' ? true : value)
    return z.preprocess((value) => checkbox(normalise(value)), schema)
  }
  return z.preprocess(normalise, field.required ? schema : schema.optional())
}

/**
 * Validates a form post against the fields of the form version it answers (zod, built from those fields).
 *
 * - Keys the form does not define are ignored, not refused: the same post carries the site's technical fields
 *   (stamp, altcha, the `website` honeypot, consent boxes), which their own code checks. Nothing unknown is kept.
 * - An empty optional field is left out; an unticked optional checkbox is `false` (unticked is an answer).
 * - Textarea line breaks are stored as `\n` (browsers post `\r\n`), and counted as one character as `maxlength` does.
 * - Never throws: arrays, non-strings, huge strings and keys like `__proto__` or `constructor` are refused or
 *   ignored. The schema is keyed by position, not by field name, and only the post's own keys are read, so a field
 *   named `constructor` never sees Object.prototype and a field named `__proto__` cannot touch a prototype.
 */
export const parseFormAnswers = ({ fields, input }: { fields: FormField[]; input: FormAnswersInput }): FormAnswersResult => {
  // A form should never define a name twice (the CMS refuses it); if one does, the first definition counts.
  const seen = new Set<string>()
  const unique = fields.filter((f) => !seen.has(f.name) && seen.add(f.name))
  const posted = input !== null && typeof input === 'object' ? input : {}

  const values: Record<string, unknown> = Object.create(null)
  const shape: Record<string, z.ZodType> = Object.create(null)
  unique.forEach((field, i) => {
    let value: unknown = Object.hasOwn(posted, field.name) ? posted[field.name] : undefined
    if (field.blockType === 'textarea' && typeof value === 'string') value = value.replace(/\r\n?/g, '\n')
    values[`f${i}`] = value
    shape[`f${i}`] = fieldSchema(field)
  })

  const parsed = z.object(shape).safeParse(values)
  if (!parsed.success) {
    // zod may report several issues for one field (and not necessarily in field order): the first one per field counts.
    const byIndex = new Map<number, FormAnswerErrorCode>()
    for (const issue of parsed.error.issues) {
      const index = Number(String(issue.path[0]).slice(1))
      if (!byIndex.has(index)) byIndex.set(index, (codes.has(issue.message) ? issue.message : 'invalid') as FormAnswerErrorCode)
    }
    const errors = unique.flatMap((field, i) => (byIndex.has(i) ? [{ field: field.name, code: byIndex.get(i) as FormAnswerErrorCode }] : []))
    return { ok: false, errors }
  }

  // Object.fromEntries defines own properties, so even a field named `__proto__` stays an ordinary key.
  const entries = unique.map((field, i) => [field, (parsed.data as Record<string, unknown>)[`f${i}`]] as const).filter(([, v]) => v !== undefined)
  return {
    ok: true,
    answers: Object.fromEntries(entries.filter(([f]) => !isFreeText(f)).map(([f, v]) => [f.name, v as string | number | boolean])),
    freeText: Object.fromEntries(entries.filter(([f]) => isFreeText(f)).map(([f, v]) => [f.name, v as string])),
  }
}
