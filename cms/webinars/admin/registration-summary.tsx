'use client'
import { Button } from '@payloadcms/ui'
import type React from 'react'
import { useEffect, useState } from 'react'

import type { WebinarRegistrationStats } from '../webinar-registration-stats'
import { RegistrationsChart } from './registrations-chart'
import { webinarRequest } from './webinar-request'

const labels: { key: keyof WebinarRegistrationStats['counts']; label: string }[] = [
  { key: 'confirmed', label: 'Confirmed' },
  { key: 'waitlisted', label: 'Waitlisted' },
  { key: 'cancelled', label: 'Cancelled' },
  { key: 'attended', label: 'Attended' },
]

/**
 * The webinar's registrations at a glance: counts by status and attendance, registrations per day, and the ways
 * into the people behind them (the list filtered on this webinar, the CSV). `version` changes after an import, so
 * the attended count follows.
 */
export const RegistrationSummary = ({ id, version }: { id: string | number; version: number }): React.ReactElement => {
  const [stats, setStats] = useState<WebinarRegistrationStats | undefined>()
  const [problem, setProblem] = useState<string | undefined>()

  useEffect(() => {
    let stopped = false
    void webinarRequest<WebinarRegistrationStats>({ id, action: 'registration-stats', method: 'GET' }).then((result) => {
      if (stopped) return
      if (result.ok) {
        setStats(result.data)
        setProblem(undefined)
      } else setProblem(result.error)
    })
    return () => {
      stopped = true
    }
  }, [id, version])

  const listUrl = `/admin/collections/webinar-registrations?where[webinar][equals]=${encodeURIComponent(String(id))}`
  const exportUrl = `/api/webinars/${encodeURIComponent(String(id))}/registrations-export`
  return (
    <section aria-label="Registrations" style={{ display: 'grid', gap: 12 }}>
      {problem ? <p role="alert">Registrations unavailable: {problem}</p> : null}
      {stats ? (
        <dl style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: 0 }}>
          {labels.map(({ key, label }) => (
            <div key={key} style={{ padding: '10px 12px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, minWidth: 120 }}>
              <dt style={{ fontSize: 13 }}>{label}</dt>
              <dd style={{ margin: 0, fontSize: 22, fontWeight: 600 }}>{stats.counts[key].toLocaleString('en-GB')}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {stats && stats.days.length > 0 ? <RegistrationsChart days={stats.days} /> : null}
      {stats && stats.days.length === 0 ? <p style={{ margin: 0 }}>No registrations yet.</p> : null}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button el="anchor" url={listUrl} buttonStyle="secondary" size="small" margin={false}>
          Open the registrations
        </Button>
        <Button el="anchor" url={exportUrl} buttonStyle="secondary" size="small" margin={false}>
          Download CSV (Excel)
        </Button>
      </div>
    </section>
  )
}
