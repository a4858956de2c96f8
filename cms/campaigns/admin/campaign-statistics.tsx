'use client'
import type React from 'react'
import { useEffect, useState } from 'react'

import type { CampaignStatus } from '../campaign-statuses'
import { type CampaignStats, campaignStatTypes } from './campaign-api-types'
import { CampaignEventsChart } from './campaign-events-chart'
import { campaignRequest } from './campaign-request'
import { CampaignStatCard } from './campaign-stat-card'
import { campaignStatLabels } from './campaign-stat-labels'
import { dailySeries } from './daily-series'
import { formatCount } from './format-count'

// Events trickle in from webhooks for days; while mail is still leaving, a fresher picture every 10 s is enough.
const pollMs = 10_000

/**
 * The campaign's totals as cards (rates against the mails sent) and their course per day. Opens and clicks are only
 * ever measured per person where the person agreed; everyone else counts in the totals alone, which the note says.
 */
export const CampaignStatistics = ({ id, status }: { id: string | number; status: CampaignStatus }): React.ReactElement | null => {
  const [stats, setStats] = useState<CampaignStats | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const live = status === 'sending' || status === 'paused'

  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = async () => {
      const result = await campaignRequest<CampaignStats>({ id, action: 'stats', method: 'GET' })
      if (stopped) return
      if (result.ok) {
        setStats(result.data)
        setProblem(undefined)
      } else setProblem(result.error)
      if (live) timer = setTimeout(() => void load(), pollMs)
    }
    void load()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [id, status, live])

  if (!stats) return problem ? <p role="alert">Statistics unavailable: {problem}</p> : null
  // A campaign cancelled before anything left has nothing to show.
  if (status === 'cancelled' && stats.sent === 0) return null
  const days = dailySeries({ series: stats.series })
  return (
    <section aria-label="Statistics" style={{ display: 'grid', gap: 8 }}>
      <h3 style={{ margin: 0, fontSize: 15 }}>Statistics · {formatCount(stats.sent)} sent</h3>
      <dl style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: 0 }}>
        {campaignStatTypes.map((type) => (
          <CampaignStatCard key={type} label={campaignStatLabels[type]} count={stats.totals[type] ?? 0} sent={stats.sent} />
        ))}
      </dl>
      <p style={{ margin: 0, fontSize: 13 }}>
        Opens and clicks are counted per person only for subscribers who agreed to it; for everyone else they count in these totals only. Mail apps
        that block images report no opens, so the real open rate is higher. Conversions are sign-ups within 30 days through this campaign&apos;s links.
      </p>
      {days.length > 0 ? <CampaignEventsChart days={days} /> : <p style={{ margin: 0, fontSize: 13 }}>No events yet: the chart appears with the first delivery report.</p>}
      {problem ? <p role="alert">Statistics could not be refreshed: {problem}</p> : null}
    </section>
  )
}
