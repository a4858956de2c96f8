import { z } from 'zod'

import { DomainError } from '../errors'
import { parseCsv } from './parse-csv'

/** One data row of an attendance file: what it asks for, or why it cannot be used. `row` counts the header as 1. */
export type AttendanceRow = { row: number; email: string; attended: boolean } | { row: number; problem: string; email?: string }

// Header names as marketers write them in nl/fr/en, compared without case, accents, spaces or dashes.
const emailHeaders = new Set(['email', 'emailadres', 'emailaddress', 'mail', 'mailadres', 'adresseemail', 'adressemail', 'courriel', 'adressecourriel'])
const attendedHeaders = new Set(['attended', 'attendance', 'present', 'presence', 'aanwezig', 'aanwezigheid', 'deelgenomen'])
const yes = new Set(['yes', '1', 'true', 'ja', 'oui', 'y', 'j', 'x'])
const no = new Set(['no', '0', 'false', 'nee', 'non', 'n'])
const address = z.email()
/** About what 2 MB of addresses holds; a bigger list is split. */
export const maxAttendanceRows = 20_000

const normalise = (header: string) =>
  header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/**
 * The rows of an attendance file (decoded text): the e-mail column (required, found by its header) and the optional
 * attended column (yes/no in nl/fr/en, 1/0, true/false; empty or absent means yes). Every row is read before
 * anything is written, so a file that cannot be read as a whole is refused whole; a row that cannot be used is
 * reported with its reason and the others go ahead. An address twice in the file is used once.
 */
export const readAttendanceRows = ({ text }: { text: string }): AttendanceRow[] => {
  const parsed = parseCsv({ text })
  if (!parsed.ok) throw new DomainError({ code: 'webinar.import-unreadable', params: { reason: parsed.reason } })
  const [header, ...records] = parsed.rows
  const names = (header ?? []).map(normalise)
  const emailAt = names.findIndex((n) => emailHeaders.has(n))
  if (emailAt < 0) throw new DomainError({ code: 'webinar.import-no-email-column' })
  if (records.length > maxAttendanceRows) throw new DomainError({ code: 'webinar.import-too-many-rows', params: { max: maxAttendanceRows } })
  const attendedAt = names.findIndex((n) => attendedHeaders.has(n))
  const seen = new Map<string, number>()
  const rows: AttendanceRow[] = []
  records.forEach((cells, index) => {
    const row = index + 2
    if (cells.every((c) => c.trim() === '')) return
    const raw = (cells[emailAt] ?? '').trim()
    if (raw === '') return rows.push({ row, problem: 'no e-mail address' })
    const email = raw.toLowerCase()
    if (!address.safeParse(email).success) return rows.push({ row, problem: 'not an e-mail address', email: raw })
    const value = attendedAt < 0 ? '' : (cells[attendedAt] ?? '').trim().toLowerCase()
    if (value !== '' && !yes.has(value) && !no.has(value)) return rows.push({ row, problem: `attended must be yes or no, not "${value.slice(0, 20)}"`, email })
    const earlier = seen.get(email)
    if (earlier !== undefined) return rows.push({ row, problem: `same address as row ${earlier}`, email })
    seen.set(email, row)
    rows.push({ row, email, attended: !no.has(value) })
  })
  return rows
}
