import { describe, expect, it } from 'vitest'

import { isFreeText, type FormField } from '../../cms/forms/form-field'
import { isIsoDate, parseFormAnswers } from '../../cms/forms/parse-form-answers'

const contactForm: FormField[] = [
  { blockType: 'text', name: 'name', label: 'Naam', required: true },
  { blockType: 'email', name: 'email', label: 'E-mail', required: true },
  { blockType: 'phone', name: 'phone', label: 'Telefoon' },
  { blockType: 'select', name: 'topic', label: 'Onderwerp', required: true, options: [{ label: 'Demo', value: 'demo' }, { label: 'Prijs', value: 'price' }] },
  { blockType: 'radio', name: 'size', label: 'Praktijk', options: [{ label: 'Alleen', value: 'solo' }, { label: 'Groep', value: 'group' }] },
  { blockType: 'checkbox', name: 'callback', label: 'Bel me terug' },
  { blockType: 'number', name: 'clients', label: 'Cliënten per week', min: 0, max: 200 },
  { blockType: 'date', name: 'start', label: 'Start', min: '2026-01-01', max: '2027-12-31' },
  { blockType: 'textarea', name: 'message', label: 'Bericht' },
]

const valid = {
  name: '  Ann Peeters ',
  email: ' Ann@Example.BE ',
  phone: '+32 (0)470 12.34-56',
  topic: 'demo',
  size: 'group',
  callback: 'yes',
  clients: '25',
  start: '2026-03-01',
  message: 'Hallo,\r\nGraag een demo.\r\n\tBedankt',
}

const parse = (input: Record<string, string | string[] | undefined>, fields: FormField[] = contactForm) => parseFormAnswers({ fields, input })
const errorsOf = (input: Record<string, string | string[] | undefined>, fields: FormField[] = contactForm) => {
  const result = parse(input, fields)
  return result.ok ? [] : result.errors
}
const one = (field: FormField, value: string | string[] | undefined) => parse(value === undefined ? {} : { [field.name]: value }, [field])

describe('parseFormAnswers: a complete, valid post', () => {
  it('types and normalises each answer, and keeps free text apart', () => {
    expect(parse(valid)).toEqual({
      ok: true,
      answers: { email: 'ann@example.be', phone: '+32 (0)470 12.34-56', topic: 'demo', size: 'group', callback: true, clients: 25, start: '2026-03-01' },
      freeText: { name: 'Ann Peeters', message: 'Hallo,\nGraag een demo.\n\tBedankt' },
    })
  })

  it('leaves empty optional fields out and records an unticked box as false', () => {
    expect(parse({ name: 'Ann', email: 'ann@example.be', topic: 'price', phone: '  ', message: '', clients: '' })).toEqual({
      ok: true,
      answers: { email: 'ann@example.be', topic: 'price', callback: false },
      freeText: { name: 'Ann' },
    })
  })

  it('ignores keys the form does not define (the technical fields are checked elsewhere)', () => {
    const result = parse({ ...valid, stamp: 'abc', altcha: 'xyz', website: '', consent_newsletter: 'yes', extra: ['a', 'b'] })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(Object.keys({ ...result.answers, ...result.freeText }).sort()).toEqual(contactForm.map((f) => f.name).sort())
  })

  it('reports every failing field once, in the form order', () => {
    expect(errorsOf({ email: 'ann@', topic: 'other', clients: '999', start: '2026-02-30', message: 'x'.repeat(5001) })).toEqual([
      { field: 'name', code: 'required' },
      { field: 'email', code: 'invalid' },
      { field: 'topic', code: 'not-an-option' },
      { field: 'clients', code: 'out-of-range' },
      { field: 'start', code: 'invalid' },
      { field: 'message', code: 'too-long' },
    ])
  })

  it('flags text and textarea as free text, nothing else', () => {
    expect(contactForm.filter(isFreeText).map((f) => f.name)).toEqual(['name', 'message'])
  })
})

describe('parseFormAnswers: required', () => {
  it.each(contactForm.filter((f) => f.blockType !== 'checkbox').map((f) => [f.blockType, f] as const))('a required %s missing, empty or blank is "required"', (_, field) => {
    const required = { ...field, required: true } as FormField
    for (const value of [undefined, '', '   \t ']) expect(one(required, value)).toEqual({ ok: false, errors: [{ field: field.name, code: 'required' }] })
  })

  it('a required checkbox must be ticked', () => {
    const box: FormField = { blockType: 'checkbox', name: 'terms', label: 'Ik ga akkoord', required: true }
    expect(one(box, undefined)).toEqual({ ok: false, errors: [{ field: 'terms', code: 'required' }] })
    expect(one(box, '')).toEqual({ ok: false, errors: [{ field: 'terms', code: 'required' }] })
    expect(one(box, 'yes')).toEqual({ ok: true, answers: { terms: true }, freeText: {} })
  })

  it('a checkbox posting anything but "yes" is invalid, ticked or not required', () => {
    for (const required of [true, false, null]) {
      const box: FormField = { blockType: 'checkbox', name: 'terms', label: 'Akkoord', required }
      for (const value of ['on', 'true', 'YES', 'no', '1']) expect(one(box, value)).toEqual({ ok: false, errors: [{ field: 'terms', code: 'invalid' }] })
    }
  })

  it('null settings (as Payload returns unfilled ones) mean "not set"', () => {
    const field: FormField = { blockType: 'number', name: 'n', label: 'N', required: null, min: null, max: null }
    expect(one(field, undefined)).toEqual({ ok: true, answers: {}, freeText: {} })
    expect(one(field, '-12345.5')).toEqual({ ok: true, answers: { n: -12345.5 }, freeText: {} })
  })
})

describe('parseFormAnswers: repeated keys and hostile input', () => {
  it.each(contactForm.map((f) => [f.blockType, f] as const))('a repeated key is invalid for a %s', (_, field) => {
    const value = field.blockType === 'checkbox' ? ['yes', 'yes'] : [valid[field.name as keyof typeof valid], valid[field.name as keyof typeof valid]]
    expect(one(field, value)).toEqual({ ok: false, errors: [{ field: field.name, code: 'invalid' }] })
    expect(one(field, [])).toEqual({ ok: false, errors: [{ field: field.name, code: 'invalid' }] })
  })

  it('refuses values that are not strings at all (whatever a body parser produced)', () => {
    const hostile = { name: 42, email: { toString: () => 'a@b.be' }, topic: true, clients: null } as unknown as Record<string, string>
    expect(errorsOf(hostile)).toEqual([
      { field: 'name', code: 'invalid' },
      { field: 'email', code: 'invalid' },
      { field: 'topic', code: 'invalid' },
    ])
  })

  it('reads only the post’s own keys: prototype names are neither answers nor fields', () => {
    const fields: FormField[] = [
      { blockType: 'text', name: 'constructor', label: 'C', required: true },
      { blockType: 'text', name: 'toString', label: 'T' },
      { blockType: 'text', name: '__proto__', label: 'P' },
      { blockType: 'checkbox', name: 'hasOwnProperty', label: 'H' },
    ]
    expect(errorsOf({}, fields)).toEqual([{ field: 'constructor', code: 'required' }])

    const input = JSON.parse('{"constructor":"a","toString":"b","__proto__":"c","hasOwnProperty":"yes"}') as Record<string, string>
    const result = parse(input, fields)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(Object.getPrototypeOf(result.freeText)).toBe(Object.prototype)
    expect(Object.keys(result.freeText)).toEqual(['constructor', 'toString', '__proto__'])
    expect(result.freeText.__proto__).toBe('c')
    expect(result.answers).toEqual({ hasOwnProperty: true })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('does not let a posted __proto__ object pollute anything', () => {
    const input = JSON.parse('{"__proto__":{"polluted":"yes"},"name":"Ann","email":"ann@example.be","topic":"demo"}') as Record<string, string>
    const result = parse(input)
    expect(result.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    if (result.ok) expect((result.answers as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('survives a null-prototype post, a missing post and a huge value without throwing', () => {
    const bare = Object.assign(Object.create(null) as Record<string, string>, { name: 'Ann', email: 'ann@example.be', topic: 'demo' })
    expect(parse(bare).ok).toBe(true)
    expect(errorsOf(undefined as unknown as Record<string, string>)).toEqual([
      { field: 'name', code: 'required' },
      { field: 'email', code: 'required' },
      { field: 'topic', code: 'required' },
    ])
    const huge = 'a'.repeat(5_000_000)
    const started = performance.now()
    expect(errorsOf({ ...valid, name: huge, email: huge, phone: huge, topic: huge, clients: huge, start: huge, message: huge })).toEqual([
      { field: 'name', code: 'too-long' },
      { field: 'email', code: 'too-long' },
      { field: 'phone', code: 'invalid' },
      { field: 'topic', code: 'not-an-option' },
      { field: 'clients', code: 'invalid' },
      { field: 'start', code: 'invalid' },
      { field: 'message', code: 'too-long' },
    ])
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('uses the first definition when a form repeats a name', () => {
    const fields: FormField[] = [
      { blockType: 'number', name: 'n', label: 'N' },
      { blockType: 'text', name: 'n', label: 'N again', required: true },
    ]
    expect(parse({ n: '3' }, fields)).toEqual({ ok: true, answers: { n: 3 }, freeText: {} })
  })

  it('an empty form accepts any post and keeps nothing', () => {
    expect(parse({ anything: 'x', more: ['y'] }, [])).toEqual({ ok: true, answers: {}, freeText: {} })
  })
})

describe('parseFormAnswers: text and textarea', () => {
  const text: FormField = { blockType: 'text', name: 't', label: 'T' }
  const area: FormField = { blockType: 'textarea', name: 'a', label: 'A' }

  it('caps text at 200 and textarea at 5000 characters by default', () => {
    expect(one(text, 'x'.repeat(200)).ok).toBe(true)
    expect(one(text, 'x'.repeat(201))).toEqual({ ok: false, errors: [{ field: 't', code: 'too-long' }] })
    expect(one(area, 'x'.repeat(5000)).ok).toBe(true)
    expect(one(area, 'x'.repeat(5001))).toEqual({ ok: false, errors: [{ field: 'a', code: 'too-long' }] })
  })

  it('measures the length after trimming', () => {
    expect(one(text, `  ${'x'.repeat(200)}  `)).toEqual({ ok: true, answers: {}, freeText: { t: 'x'.repeat(200) } })
  })

  it('lets maxLength lower the limit, never raise it past the hard one', () => {
    expect(one({ ...text, maxLength: 10 }, 'x'.repeat(11))).toEqual({ ok: false, errors: [{ field: 't', code: 'too-long' }] })
    expect(one({ ...text, maxLength: 10 }, 'x'.repeat(10)).ok).toBe(true)
    expect(one({ ...text, maxLength: 10_000 }, 'x'.repeat(201))).toEqual({ ok: false, errors: [{ field: 't', code: 'too-long' }] })
    expect(one({ ...area, maxLength: 1_000_000 }, 'x'.repeat(5001))).toEqual({ ok: false, errors: [{ field: 'a', code: 'too-long' }] })
    for (const maxLength of [0, -5, Number.NaN, Infinity, null]) expect(one({ ...text, maxLength }, 'x'.repeat(200)).ok).toBe(true)
  })

  it('counts a posted CRLF line break as one character, as the browser’s maxlength does', () => {
    expect(one({ ...area, maxLength: 3 }, 'a\r\nb')).toEqual({ ok: true, answers: {}, freeText: { a: 'a\nb' } })
    expect(one(area, 'a\rb')).toEqual({ ok: true, answers: {}, freeText: { a: 'a\nb' } })
  })

  it.each(['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u009b'])('refuses the control character %j in both', (c) => {
    expect(one(text, `a${c}b`)).toEqual({ ok: false, errors: [{ field: 't', code: 'invalid' }] })
    expect(one(area, `a${c}b`)).toEqual({ ok: false, errors: [{ field: 'a', code: 'invalid' }] })
  })

  it('allows line breaks and tabs in a textarea only', () => {
    expect(one(area, 'a\n\tb').ok).toBe(true)
    expect(one(text, 'a\nb')).toEqual({ ok: false, errors: [{ field: 't', code: 'invalid' }] })
    expect(one(text, 'a\tb')).toEqual({ ok: false, errors: [{ field: 't', code: 'invalid' }] })
  })

  it('refuses a lone surrogate (not encodable) and keeps accents, emoji and markup as typed', () => {
    expect(one(text, 'a\ud800b')).toEqual({ ok: false, errors: [{ field: 't', code: 'invalid' }] })
    expect(one(text, 'Éloïse 👋 <b>')).toEqual({ ok: true, answers: {}, freeText: { t: 'Éloïse 👋 <b>' } })
  })
})

describe('parseFormAnswers: e-mail and phone', () => {
  const email: FormField = { blockType: 'email', name: 'e', label: 'E' }
  const phone: FormField = { blockType: 'phone', name: 'p', label: 'P' }

  it('lower-cases and trims an address', () => {
    expect(one(email, '  Ann.Peeters+site@Example.BE ')).toEqual({ ok: true, answers: { e: 'ann.peeters+site@example.be' }, freeText: {} })
  })

  it.each(['ann', 'ann@', '@example.be', 'ann@example', 'a b@example.be', 'ann@@example.be', 'ann@exa mple.be', '<ann>@example.be', 'ann@exam\nple.be', 'ann@example.be\u0000'])(
    'refuses the address %j',
    (value) => {
      expect(one(email, value)).toEqual({ ok: false, errors: [{ field: 'e', code: 'invalid' }] })
    },
  )

  it('refuses an address longer than 254 characters as too long', () => {
    const long = `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(20)}.be`
    expect(long.length).toBeGreaterThan(254)
    expect(one(email, long)).toEqual({ ok: false, errors: [{ field: 'e', code: 'too-long' }] })
  })

  it.each(['+32 470 12 34 56', '0470 12.34.56', '(02) 123-45-67', '+33 1 23 45 67 89', '123456', '12345678901234567890'])('accepts the phone %j as typed', (value) => {
    expect(one(phone, value)).toEqual({ ok: true, answers: { p: value }, freeText: {} })
  })

  it.each(['12345', '123456789012345678901', '0470 12 34 5x', '0470/123456', '32++470123456', '470123456+', 'tel:0470123456', '+-.() ', '0470\t123456', '٠٤٧٠١٢٣٤٥٦'])(
    'refuses the phone %j',
    (value) => {
      expect(one(phone, value)).toEqual({ ok: false, errors: [{ field: 'p', code: 'invalid' }] })
    },
  )
})

describe('parseFormAnswers: select and radio', () => {
  const options = [{ label: 'Ja', value: 'yes' }, { label: 'Nee', value: 'no' }]
  it.each(['select', 'radio'] as const)('a %s accepts only its option values (not labels, not case variants)', (blockType) => {
    const field: FormField = { blockType, name: 'c', label: 'C', options }
    expect(one(field, 'no')).toEqual({ ok: true, answers: { c: 'no' }, freeText: {} })
    expect(one(field, ' yes ')).toEqual({ ok: true, answers: { c: 'yes' }, freeText: {} })
    for (const value of ['Ja', 'YES', 'maybe', 'toString', '__proto__']) expect(one(field, value)).toEqual({ ok: false, errors: [{ field: 'c', code: 'not-an-option' }] })
  })

  it('a field without options refuses every answer', () => {
    expect(one({ blockType: 'select', name: 'c', label: 'C', options: [] }, 'x')).toEqual({ ok: false, errors: [{ field: 'c', code: 'not-an-option' }] })
  })
})

describe('parseFormAnswers: number', () => {
  const number: FormField = { blockType: 'number', name: 'n', label: 'N', min: -10, max: 10 }

  it.each([
    ['0', 0],
    ['-0', 0],
    ['7', 7],
    ['-10', -10],
    ['10', 10],
    ['2.5', 2.5],
    ['.5', 0.5],
    ['007', 7],
  ])('accepts %j as %d', (value, expected) => {
    expect(one(number, value)).toEqual({ ok: true, answers: { n: expected }, freeText: {} })
  })

  it.each(['10.0001', '11', '-11', '-10.5'])('refuses %j as out of range', (value) => {
    expect(one(number, value)).toEqual({ ok: false, errors: [{ field: 'n', code: 'out-of-range' }] })
  })

  it.each(['abc', '1e3', '0x10', 'Infinity', 'NaN', '1,5', '1 000', '+5', '5.', '--1', '1.2.3', '1234567890123456', '٣'])('refuses %j as invalid', (value) => {
    expect(one(number, value)).toEqual({ ok: false, errors: [{ field: 'n', code: 'invalid' }] })
  })

  it('accepts up to 15 characters, finite, without bounds', () => {
    expect(one({ ...number, min: null, max: null }, '999999999999999')).toEqual({ ok: true, answers: { n: 999_999_999_999_999 }, freeText: {} })
  })
})

describe('parseFormAnswers: date', () => {
  const date: FormField = { blockType: 'date', name: 'd', label: 'D', min: '2026-01-15', max: '2026-12-31' }

  it('accepts a real date within the bounds, inclusive', () => {
    for (const value of ['2026-01-15', '2026-06-30', '2026-12-31']) expect(one(date, value)).toEqual({ ok: true, answers: { d: value }, freeText: {} })
  })

  it.each(['2026-01-14', '2027-01-01', '1999-12-31'])('refuses %j as out of range', (value) => {
    expect(one(date, value)).toEqual({ ok: false, errors: [{ field: 'd', code: 'out-of-range' }] })
  })

  it.each(['2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-06-00', '2026-6-1', '15/06/2026', '2026-06-15T10:00', '20260615', '+02026-06-15', '２０２６-06-15'])(
    'refuses %j as invalid',
    (value) => {
      expect(one(date, value)).toEqual({ ok: false, errors: [{ field: 'd', code: 'invalid' }] })
    },
  )

  it('knows leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2000-02-29')).toBe(true)
    expect(isIsoDate('1900-02-29')).toBe(false)
    expect(isIsoDate('2100-02-29')).toBe(false)
    expect(isIsoDate('0000-01-01')).toBe(false)
  })

  it('ignores bounds that are not dates instead of refusing everything', () => {
    expect(one({ ...date, min: 'soon', max: '2026-02-31' }, '1990-05-01')).toEqual({ ok: true, answers: { d: '1990-05-01' }, freeText: {} })
  })
})
