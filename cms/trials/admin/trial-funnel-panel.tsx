'use client'
import { Button, useAuth } from '@payloadcms/ui'
import type React from 'react'
import { useEffect, useId, useState } from 'react'

import { canManagePeople } from '../../access/can-manage-people'
import type { TrialFunnel } from '../trial-funnel'
import type { TrialFunnelRange } from '../trial-funnel-ranges'
import { TrialDeadLetters } from './trial-dead-letters'
import { TrialFunnelChart } from './trial-funnel-chart'
import { TrialFunnelRangePicker } from './trial-funnel-range-picker'
import { adminRequest } from '../../admin/admin-request'

/**
 * Above the trials list, for marketers and admins (the only ones who may read trials; the endpoints check again):
 * the funnel per source for a period, the dead letters to retry, and the CSV download of that period. The figures
 * come from GET /api/trials/funnel, computed by the database; nothing personal reaches this panel.
 */
export const TrialFunnelPanel = (): React.ReactElement | null => {
  const { user } = useAuth()
  const headingId = useId()
  const [range, setRange] = useState<TrialFunnelRange>('all')
  const [funnel, setFunnel] = useState<TrialFunnel | undefined>()
  const [loading, setLoading] = useState(true)
  const [problem, setProblem] = useState<string | undefined>()
  const allowed = canManagePeople({ user: user as Parameters<typeof canManagePeople>[0]['user'] })

  useEffect(() => {
    if (!allowed) return
    let stopped = false
    setLoading(true)
    void adminRequest<TrialFunnel>({ path: `trials/funnel?range=${range}`, method: 'GET' }).then((result) => {
      if (stopped) return
      setLoading(false)
      if (result.ok) {
        setFunnel(result.data)
        setProblem(undefined)
      } else setProblem(result.error)
    })
    return () => {
      stopped = true
    }
  }, [range, allowed])

  if (!allowed) return null
  return (
    <section aria-labelledby={headingId} style={{ display: 'grid', gap: 12, padding: 16, margin: '0 var(--gutter-h) 24px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'space-between' }}>
        <h2 id={headingId} style={{ margin: 0, fontSize: 18 }}>
          Trials funnel
        </h2>
        <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
          <TrialFunnelRangePicker range={range} onChange={setRange} />
          <Button el="anchor" url={`/api/trials/export.csv?range=${range}`} buttonStyle="secondary" size="small" margin={false}>
            Download CSV (Excel)
          </Button>
        </div>
      </div>
      {/* One grid row for both live regions, always rendered (empty until needed), so what comes later is announced. */}
      <div>
        <div role="status">{loading ? <p style={{ margin: 0 }}>Counting trials…</p> : null}</div>
        <div role="alert">{problem ? <p style={{ margin: 0, color: 'var(--theme-error-750)' }}>Funnel unavailable: {problem}</p> : null}</div>
      </div>
      {funnel ? <TrialDeadLetters deadLetters={funnel.deadLetters} /> : null}
      {funnel && funnel.total.signups > 0 ? <TrialFunnelChart funnel={funnel} /> : null}
      {funnel && funnel.total.signups === 0 ? <p style={{ margin: 0 }}>No trial signups in this period.</p> : null}
    </section>
  )
}
