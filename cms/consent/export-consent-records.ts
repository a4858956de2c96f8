import type { Payload, Where } from 'payload'

import { sameSubjectRefs } from './same-subject-refs'
import { subjectDigest } from './record-hash'
import { writeConsentCheckpoint } from './write-consent-checkpoint'

const columns = ['sequence', 'recordedAt', 'subjectRef', 'source', 'action', 'granted', 'refused', 'policyVersion', 'policyHash', 'wordingId', 'wordingHash', 'locale', 'ipTruncated', 'browserFamily', 'previousHash', 'hash'] as const

const csvCell = (value: unknown) => {
  const text = Array.isArray(value) ? value.join(' ') : value === null || value === undefined ? '' : String(value)
  // Quote everything, double inner quotes, and defuse spreadsheet formulas.
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`
}

/**
 * The records of one person (by subject reference) and/or a period, as JSON or CSV, for admins. Every export first
 * signs the ledger's head, so what left the building can later be checked against the ledger.
 */
export const exportConsentRecords = async ({
  payload,
  subjectRef,
  from,
  to,
  format,
}: {
  payload: Payload
  subjectRef?: string
  from?: Date
  to?: Date
  format: 'json' | 'csv'
}): Promise<string> => {
  await writeConsentCheckpoint({ payload, reason: 'export' })
  const and: Where[] = []
  if (subjectRef) and.push({ subjectDigest: { in: sameSubjectRefs({ subjectRef }).map((ref) => subjectDigest({ subjectRef: ref })) } })
  if (from) and.push({ recordedAt: { greater_than_equal: from.toISOString() } })
  if (to) and.push({ recordedAt: { less_than: to.toISOString() } })
  const found = await payload.find({ collection: 'consent-records', where: { and }, sort: 'sequence', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const rows = found.docs.map((d) => Object.fromEntries(columns.map((c) => [c, (d as unknown as Record<string, unknown>)[c] ?? null])))
  if (format === 'json') return JSON.stringify(rows, null, 2)
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n'
}
