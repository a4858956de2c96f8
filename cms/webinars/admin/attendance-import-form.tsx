'use client'
import { Banner, Button } from '@payloadcms/ui'
import type React from 'react'
import { useId, useRef, useState } from 'react'

import type { AttendanceReport } from '../import-attendance'
import { AttendanceReportView } from './attendance-report'
import { webinarRequest } from './webinar-request'

const maxBytes = 2 * 1024 * 1024

/**
 * "Import attendance": a CSV with an e-mail column (and optionally attended yes/no), sent as it is; the server reads
 * it whole before it marks anyone, and answers per row. Not a <form>: it sits inside the document's form.
 */
export const AttendanceImportForm = ({ id, onImported }: { id: string | number; onImported: () => void }): React.ReactElement => {
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const helpId = useId()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | undefined>()
  const [report, setReport] = useState<AttendanceReport | undefined>()

  const upload = async () => {
    const file = input.current?.files?.[0]
    setReport(undefined)
    if (!file) return setProblem('Choose a CSV file first.')
    if (file.size > maxBytes) return setProblem('This file is larger than 2 MB: split it and upload the parts one after the other.')
    setBusy(true)
    setProblem(undefined)
    const result = await webinarRequest<AttendanceReport>({ id, action: 'attendance-import', file })
    setBusy(false)
    if (!result.ok) return setProblem(result.error)
    setReport(result.data)
    onImported()
  }

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <label htmlFor={inputId} style={{ fontWeight: 600 }}>
        Attendance file (CSV)
      </label>
      <p id={helpId} style={{ margin: 0, fontSize: 13 }}>
        One row per person, with a column &quot;e-mail&quot; (or &quot;e-mailadres&quot;, &quot;adresse e-mail&quot;) and, optionally, &quot;attended&quot; (yes/no,
        ja/nee, oui/non; empty means yes). Save from Excel as &quot;CSV UTF-8&quot;. At most 2 MB. The registrations CSV above can be uploaded again.
      </p>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <input ref={input} id={inputId} type="file" accept=".csv,text/csv" aria-describedby={helpId} onChange={() => setProblem(undefined)} />
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void upload()}>
          {busy ? 'Importing…' : 'Import attendance'}
        </Button>
      </div>
      <div role="alert">{problem ? <Banner type="error">{problem}</Banner> : null}</div>
      <div role="status">{report ? <AttendanceReportView report={report} /> : null}</div>
    </div>
  )
}
