import { commitTransaction, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { DomainError } from '../errors'
import type { WebinarRegistration } from '../payload-types'
import { decodeCsvText } from './decode-csv-text'
import { readAttendanceRows } from './read-attendance-rows'

export type AttendanceOutcome = 'marked' | 'unmarked' | 'already-marked' | 'already-unmarked' | 'unknown-address' | 'not-registered' | 'bad-row'
export type AttendanceReportRow = { row: number; outcome: AttendanceOutcome; email?: string; reason?: string }
export type AttendanceReport = { rows: AttendanceReportRow[]; totals: Record<AttendanceOutcome, number> }

const chunk = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/**
 * Marks who attended a webinar from a CSV of addresses (see read-attendance-rows.ts): the whole file is decoded and
 * read first, so an unreadable one changes nothing; then each usable row is matched to the person's contact and their
 * registration for this webinar (any status: a person who gave their seat back may still have joined) and the
 * `attended` box set, in one transaction (the audit log names the marketer through `req`). Returns a report per row.
 */
export const importAttendance = async ({ payload, webinarId, bytes, req }: { payload: Payload; webinarId: number | string; bytes: Uint8Array; req: PayloadRequest }): Promise<AttendanceReport> => {
  const webinar = await payload.count({ collection: 'webinars', where: { id: { equals: webinarId } }, overrideAccess: true })
  if (webinar.totalDocs === 0) throw new DomainError({ code: 'webinar.not-found' })
  const rows = readAttendanceRows({ text: decodeCsvText({ bytes }) })
  const usable = rows.filter((r) => 'attended' in r)
  const contactByEmail = new Map<string, number | string>()
  for (const emails of chunk(usable.map((r) => r.email), 100)) {
    const found = await payload.find({ collection: 'contacts', where: { email: { in: emails } }, pagination: false, limit: 0, depth: 0, overrideAccess: true })
    for (const contact of found.docs) contactByEmail.set(String(contact.email).toLowerCase(), contact.id)
  }
  const registrationByContact = new Map<string, WebinarRegistration>()
  for (const ids of chunk([...contactByEmail.values()], 100)) {
    const found = await payload.find({
      collection: 'webinar-registrations',
      where: { and: [{ webinar: { equals: webinarId } }, { contact: { in: ids } }] },
      pagination: false,
      limit: 0,
      depth: 0,
      overrideAccess: true,
    })
    for (const registration of found.docs) registrationByContact.set(String(registration.contact), registration)
  }

  const report: AttendanceReportRow[] = []
  const own = await initTransaction(req)
  try {
    for (const row of rows) {
      if (!('attended' in row)) {
        report.push({ row: row.row, outcome: 'bad-row', email: row.email, reason: row.problem })
        continue
      }
      const contactId = contactByEmail.get(row.email)
      const registration = contactId === undefined ? undefined : registrationByContact.get(String(contactId))
      if (contactId === undefined) report.push({ row: row.row, outcome: 'unknown-address', email: row.email })
      else if (!registration) report.push({ row: row.row, outcome: 'not-registered', email: row.email })
      else if (Boolean(registration.attended) === row.attended) report.push({ row: row.row, outcome: row.attended ? 'already-marked' : 'already-unmarked', email: row.email })
      else {
        await payload.update({ collection: 'webinar-registrations', id: registration.id, data: { attended: row.attended }, depth: 0, overrideAccess: true, req })
        report.push({ row: row.row, outcome: row.attended ? 'marked' : 'unmarked', email: row.email })
      }
    }
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
  const totals = { marked: 0, unmarked: 0, 'already-marked': 0, 'already-unmarked': 0, 'unknown-address': 0, 'not-registered': 0, 'bad-row': 0 } satisfies Record<AttendanceOutcome, number>
  for (const r of report) totals[r.outcome]++
  return { rows: report, totals }
}
