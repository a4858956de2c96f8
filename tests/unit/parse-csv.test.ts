import { describe, expect, it } from 'vitest'

import { csvCell } from '../../cms/webinars/csv-cell'
import { parseCsv } from '../../cms/webinars/parse-csv'

const rows = (text: string) => {
  const parsed = parseCsv({ text })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed
}

describe('parseCsv (RFC 4180)', () => {
  it('reads commas, CRLF, and a last line without a line break', () => {
    expect(rows('email,attended\r\na@example.com,yes\r\nb@example.com,no').rows).toEqual([['email', 'attended'], ['a@example.com', 'yes'], ['b@example.com', 'no']])
  })

  it('picks the separator of the header line: Excel in Belgium and the Netherlands writes semicolons', () => {
    const parsed = rows('e-mail;aanwezig\na@example.com;ja\n')
    expect(parsed.separator).toBe(';')
    expect(parsed.rows).toEqual([['e-mail', 'aanwezig'], ['a@example.com', 'ja']])
    expect(rows('email\tattended\na@example.com\t1').separator).toBe('\t')
    expect(rows('email\na@example.com').rows).toEqual([['email'], ['a@example.com']])
  })

  it('keeps separators, line breaks and doubled quotes inside quoted cells', () => {
    expect(rows('"name";"note"\n"Dupont; Jean";"said ""hi""\nthen left"\r\n').rows).toEqual([['name', 'note'], ['Dupont; Jean', 'said "hi"\nthen left']])
  })

  it('reads lone CR line ends and empty cells', () => {
    expect(rows('a,b\rx,\r,y').rows).toEqual([['a', 'b'], ['x', ''], ['', 'y']])
  })

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(rows('a\n5" screen').rows).toEqual([['a'], ['5" screen']])
  })

  it('refuses a quoted cell that never closes, naming its row', () => {
    expect(parseCsv({ text: 'email\n"a@example.com\nb@example.com' })).toEqual({ ok: false, reason: 'a quoted cell in row 2 is never closed' })
  })

  it('reads its own export back', () => {
    const values = ['=cmd|calc', 'Zoë; "Z"', 'line\nbreak']
    const parsed = rows(values.map(csvCell).join(';'))
    expect(parsed.rows[0]).toEqual(["'=cmd|calc", 'Zoë; "Z"', 'line\nbreak'])
  })
})

describe('csvCell', () => {
  it('guards every cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`)).toBe(`"'${start}1+1"`)
    expect(csvCell('Ann')).toBe('"Ann"')
    expect(csvCell(null)).toBe('""')
  })
})
