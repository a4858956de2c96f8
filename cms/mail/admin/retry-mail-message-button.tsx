'use client'
import { Button, toast, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type React from 'react'
import { useState } from 'react'

/** On a failed message (a dead letter): queue it again. Shown only when there is something to retry. */
export const RetryMailMessageButton = (): React.ReactElement | null => {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const error = useFormFields(([fields]) => fields.error?.value)
  const [busy, setBusy] = useState(false)
  const [queued, setQueued] = useState(false)
  if (status !== 'failed' || id === undefined) return null

  const retry = async () => {
    setBusy(true)
    try {
      const res = await fetch(`/api/mail-messages/${encodeURIComponent(String(id))}/retry`, { method: 'POST', credentials: 'include' })
      const body = (await res.json()) as { error?: string }
      if (res.ok) {
        setQueued(true)
        toast.success('Queued again: reload in a moment to see the new status.')
      } else toast.error(body.error ?? `retry failed (${res.status})`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 24 }}>
      <p>
        This message failed for good{typeof error === 'string' && error ? `: ${error}` : '.'} Fix the cause (e.g. the address or the sender domain), then retry.
      </p>
      <Button buttonStyle="primary" size="small" disabled={busy || queued} onClick={() => void retry()}>
        {queued ? 'Queued' : 'Retry sending'}
      </Button>
    </div>
  )
}
