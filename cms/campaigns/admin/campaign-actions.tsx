'use client'
import { Button } from '@payloadcms/ui'
import type React from 'react'

import type { CampaignStatus } from '../campaign-statuses'
import { campaignActionsForStatus } from './campaign-actions-for-status'
import type { CampaignProgress, RecipientCount, StatusResult, TestSendResult } from './campaign-api-types'
import { type CampaignResponse, campaignRequest } from './campaign-request'
import { CancelCampaignButton } from './cancel-campaign-button'
import { formatCount } from './format-count'
import { ScheduleCampaignForm } from './schedule-campaign-form'
import { SendNowButton } from './send-now-button'

type Run = <T>(args: {
  action: string
  method?: 'GET' | 'POST'
  body?: Record<string, unknown>
  success?: (data: T) => string
}) => Promise<CampaignResponse<T> | undefined>

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'the chosen time')

/**
 * The buttons that fit the campaign's state. `unsaved` blocks whatever sends: the server sends the saved version, so
 * sending with edits still in the form would mail something other than what the marketer sees.
 */
export const CampaignActions = ({
  id,
  status,
  busy,
  unsaved,
  run,
  onStatus,
}: {
  id: string | number
  status: CampaignStatus
  busy: boolean
  unsaved: boolean
  run: Run
  onStatus: (status: CampaignStatus) => void
}): React.ReactElement | null => {
  const actions = campaignActionsForStatus({ status })
  if (actions.length === 0) return null

  const change = async ({ action, body, success }: { action: string; body?: Record<string, unknown>; success: (data: StatusResult) => string }) => {
    const result = await run<StatusResult>({ action, body, success })
    if (result?.ok) onStatus(result.data.status)
    else if (result?.status === 409) {
      // Someone else moved the campaign on (another tab, its schedule): show where it stands now.
      const now = await campaignRequest<CampaignProgress>({ id, action: 'progress', method: 'GET' })
      if (now.ok) onStatus(now.data.status)
    }
    return result?.ok === true
  }

  return (
    <div role="group" aria-label="Campaign actions" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      {actions.includes('test-send') ? (
        <Button
          buttonStyle="secondary"
          size="small"
          disabled={busy || unsaved}
          onClick={() =>
            void run<TestSendResult>({
              action: 'test-send',
              success: ({ sentTo, locales }) => `Test sent to ${sentTo} (${locales.map((l) => l.toUpperCase()).join(', ')}): check your inbox.`,
            })
          }
        >
          Send test to me
        </Button>
      ) : null}
      {actions.includes('schedule') ? (
        <ScheduleCampaignForm
          busy={busy}
          disabled={unsaved}
          onSchedule={({ at }) => change({ action: 'schedule', body: { at }, success: ({ scheduledAt }) => `Scheduled for ${when(scheduledAt ?? at)}.` })}
        />
      ) : null}
      {actions.includes('unschedule') ? (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void change({ action: 'unschedule', success: () => 'Unscheduled: the campaign is a draft again.' })}>
          Unschedule
        </Button>
      ) : null}
      {actions.includes('send') ? (
        <SendNowButton
          id={id}
          busy={busy}
          disabled={unsaved}
          countRecipients={async () => {
            const result = await run<RecipientCount>({ action: 'recipients', method: 'GET' })
            return result?.ok ? result.data.count : undefined
          }}
          onSend={async () => {
            await change({ action: 'send', success: ({ total }) => (total === undefined ? 'Sending started.' : `Sending started to ${formatCount(total)} recipients.`) })
          }}
        />
      ) : null}
      {actions.includes('pause') ? (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void change({ action: 'pause', success: () => 'Paused: no more mail leaves until you resume.' })}>
          Pause
        </Button>
      ) : null}
      {actions.includes('resume') ? (
        <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void change({ action: 'resume', success: () => 'Resumed: sending continues where it stopped.' })}>
          Resume
        </Button>
      ) : null}
      {actions.includes('cancel') ? (
        <CancelCampaignButton
          id={id}
          busy={busy}
          onCancel={async () => {
            await change({ action: 'cancel', success: () => 'Cancelled: nobody else will receive it.' })
          }}
        />
      ) : null}
      {unsaved && (actions.includes('send') || actions.includes('test-send')) ? (
        <p style={{ margin: 0, flexBasis: '100%', fontSize: 13 }}>Save your changes first: the saved version is what gets sent.</p>
      ) : null}
    </div>
  )
}
