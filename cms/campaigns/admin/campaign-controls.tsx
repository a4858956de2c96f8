'use client'
import { useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useCallback, useEffect, useId, useRef, useState } from 'react'

import { type CampaignStatus, campaignStatuses } from '../campaign-statuses'
import { CampaignActions } from './campaign-actions'
import { CampaignProgressBar } from './campaign-progress-bar'
import { CampaignStatistics } from './campaign-statistics'
import { CampaignStatusBadge } from './campaign-status-badge'
import { useCampaignAction } from './use-campaign-action'

const toStatus = (value: unknown): CampaignStatus => (campaignStatuses as readonly unknown[]).includes(value) ? (value as CampaignStatus) : 'draft'
const started = (status: CampaignStatus) => status === 'sending' || status === 'paused' || status === 'sent' || status === 'cancelled'
const when = (value: unknown) =>
  typeof value === 'string' && value ? new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : undefined

const serverChanges: Partial<Record<CampaignStatus, string>> = {
  sending: 'Sending has started.',
  paused: 'Sending was paused by the system: see the reason under the progress bar.',
  sent: 'Sent: every recipient has been handled.',
  cancelled: 'This campaign was cancelled.',
}

/**
 * The top of a campaign's edit view: its state, the actions that fit it, the sending progress and the statistics.
 * Sending is only ever an action on the server (the status fields are read-only); after each one the document is
 * refreshed so the sidebar shows the new state. Nothing to control before the campaign is first saved.
 */
export const CampaignControls = (): React.ReactElement | null => {
  const { id } = useDocumentInfo()
  const formStatus = useFormFields(([fields]) => fields.status?.value)
  const scheduledAt = useFormFields(([fields]) => fields.scheduledAt?.value)
  const modified = useFormModified()
  const router = useRouter()
  const [status, setStatus] = useState<CampaignStatus>(toStatus(formStatus))
  const { busy, notice, setNotice, run } = useCampaignAction({ id: id ?? '' })
  const heading = useRef<HTMLHeadingElement>(null)
  const section = useRef<HTMLElement>(null)
  const headingId = useId()

  // The form's value wins whenever it changes (a refresh, another tab's action seen on reload).
  useEffect(() => setStatus(toStatus(formStatus)), [formStatus])

  const onStatus = useCallback(
    (next: CampaignStatus) => {
      if (next === status) return
      setStatus(next)
      // The button the focus was on may be gone (Pause → Resume): keep keyboard users in the controls, but never
      // pull the focus away from somewhere else on the page.
      const focused = document.activeElement
      if (!focused || focused === document.body || section.current?.contains(focused)) heading.current?.focus()
      router.refresh()
    },
    [status, router],
  )

  // A change the engine made by itself (all sent, paused on a provider error, a schedule that started) is announced.
  const onServerStatus = useCallback(
    (next: CampaignStatus) => {
      if (next === status) return
      const text = serverChanges[next]
      if (text) setNotice({ kind: next === 'paused' ? 'error' : 'success', text })
      onStatus(next)
    },
    [status, onStatus, setNotice],
  )

  if (id === undefined || id === null || id === '') return null
  const scheduledFor = status === 'scheduled' ? when(scheduledAt) : undefined
  return (
    <section
      ref={section}
      aria-labelledby={headingId}
      style={{ display: 'grid', gap: 12, padding: 16, marginBottom: 24, border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}
    >
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <h2 id={headingId} ref={heading} tabIndex={-1} style={{ margin: 0, fontSize: 18 }}>
          Sending
        </h2>
        <CampaignStatusBadge status={status} />
        {scheduledFor ? <span>for {scheduledFor}</span> : null}
      </div>
      <CampaignActions id={id} status={status} busy={busy} unsaved={modified} run={run} onStatus={onStatus} />
      {/* Always rendered (one grid row, empty until needed), so screen readers announce what is put in later. */}
      <div>
        <div role="status">{notice?.kind === 'success' ? <p style={{ margin: 0, color: 'var(--theme-success-750)' }}>{notice.text}</p> : null}</div>
        <div role="alert">
          {notice?.kind === 'error' ? (
            <p data-campaign-error style={{ margin: 0, padding: '8px 12px', borderRadius: 4, color: 'var(--theme-error-750)', background: 'var(--theme-error-100)' }}>
              {notice.text}
            </p>
          ) : null}
        </div>
      </div>
      {started(status) || status === 'scheduled' ? <CampaignProgressBar id={id} status={status} onStatus={onServerStatus} /> : null}
      {started(status) ? <CampaignStatistics id={id} status={status} /> : null}
    </section>
  )
}
