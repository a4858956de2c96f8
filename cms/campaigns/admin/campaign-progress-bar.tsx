'use client'
import type React from 'react'
import { useEffect, useId, useState } from 'react'

import type { CampaignStatus } from '../campaign-statuses'
import type { CampaignProgress } from './campaign-api-types'
import { campaignRequest } from './campaign-request'
import { progressLabel, progressPercent } from './progress-label'

// Every 2 s while mail leaves; a scheduled campaign is watched slowly, only to notice the moment it starts.
const pollMs: Partial<Record<CampaignStatus, number>> = { sending: 2000, paused: 2000, scheduled: 15_000 }

/**
 * How far sending has come, polled every 2 s while the campaign is sending or paused (a paused campaign may still
 * finish its current batch), read once when it is over; nothing is shown before sending starts. Reports a state the
 * server moved on to (sending → sent, scheduled → sending), so the controls and the document follow without a reload.
 */
export const CampaignProgressBar = ({
  id,
  status,
  onStatus,
}: {
  id: string | number
  status: CampaignStatus
  onStatus: (status: CampaignStatus) => void
}): React.ReactElement | null => {
  const [progress, setProgress] = useState<CampaignProgress | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const labelId = useId()
  const live = status === 'sending' || status === 'paused'
  const every = pollMs[status]

  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    // A new request only after the previous answer: a slow server never piles up requests.
    const poll = async () => {
      const result = await campaignRequest<CampaignProgress>({ id, action: 'progress', method: 'GET' })
      if (stopped) return
      if (result.ok) {
        setProgress(result.data)
        setProblem(undefined)
        if (result.data.status !== status) onStatus(result.data.status)
      } else setProblem(result.error)
      if (every) timer = setTimeout(() => void poll(), every)
    }
    void poll()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [id, status, every, onStatus])

  if (!progress || (!live && progress.total === 0)) return problem && status !== 'scheduled' ? <p role="alert">Progress unavailable: {problem}</p> : null
  const percent = progressPercent(progress)
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <h3 id={labelId} style={{ margin: 0, fontSize: 15 }}>
        Progress
      </h3>
      <progress
        aria-labelledby={labelId}
        aria-valuetext={`${percent} %: ${progressLabel(progress)}`}
        max={Math.max(progress.total, 1)}
        value={progress.total > 0 ? progress.sent + progress.skipped + progress.failed : undefined}
        data-percent={percent}
        style={{ width: '100%', height: 16 }}
      />
      {/* Not a live region: announcing every 2 s would drown a screen reader; the status changes are announced. */}
      <p style={{ margin: 0, fontSize: 13 }}>
        {progressLabel(progress)} <span aria-hidden="true">({percent} %)</span>
      </p>
      {status === 'paused' && progress.lastError ? (
        <p style={{ margin: 0 }}>
          <strong>Paused by the system:</strong> {progress.lastError} Fix the cause, then resume.
        </p>
      ) : null}
      {problem ? <p role="alert">Progress could not be refreshed: {problem}</p> : null}
    </div>
  )
}
