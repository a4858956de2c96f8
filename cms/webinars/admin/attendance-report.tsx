'use client'
import type React from 'react'

import type { AttendanceOutcome, AttendanceReport } from '../import-attendance'

const outcomeLabels: Record<AttendanceOutcome, string> = {
  marked: 'Marked as attended',
  unmarked: 'Marked as not attended',
  'already-marked': 'Already marked',
  'already-unmarked': 'Already not attended',
  'unknown-address': 'Unknown address',
  'not-registered': 'Not registered for this webinar',
  'bad-row': 'Bad row',
}

/** The import's outcome: totals first, then every row that needs a look (the ones that changed nothing and why). */
export const AttendanceReportView = ({ report }: { report: AttendanceReport }): React.ReactElement => {
  const attention = report.rows.filter((r) => r.outcome === 'unknown-address' || r.outcome === 'not-registered' || r.outcome === 'bad-row')
  const totals = (Object.keys(outcomeLabels) as AttendanceOutcome[]).filter((o) => report.totals[o] > 0)
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {totals.length === 0 ? <li>The file had no rows.</li> : null}
        {totals.map((o) => (
          <li key={o}>
            {outcomeLabels[o]}: {report.totals[o]}
          </li>
        ))}
      </ul>
      {attention.length > 0 ? (
        <table style={{ fontSize: 13, borderCollapse: 'collapse' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: 4 }}>Rows that changed nothing</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'right', paddingRight: 16 }}>
                Row
              </th>
              <th scope="col" style={{ textAlign: 'left', paddingRight: 16 }}>
                E-mail
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Outcome
              </th>
            </tr>
          </thead>
          <tbody>
            {attention.map((r) => (
              <tr key={r.row}>
                <td style={{ textAlign: 'right', paddingRight: 16 }}>{r.row}</td>
                <td style={{ paddingRight: 16 }}>{r.email ?? ''}</td>
                <td>{r.reason ? `${outcomeLabels[r.outcome]}: ${r.reason}` : outcomeLabels[r.outcome]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}
