'use client'
import { Button, useAuth, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useRef, useState } from 'react'

import { canManagePeople } from '../../access/can-manage-people'
import { adminRequest } from '../../admin/admin-request'

type Notice = { kind: 'success' | 'error'; text: string }

/**
 * "Retry provisioning" in a trial's document controls, for a dead letter: a failed trial, or one stuck in
 * provisioning (the server allows both; the same idempotency key means the application opens one account however
 * often it is retried). One request at a time: the ref, not the `busy` state, guards a double click, which lands
 * twice before React re-renders the disabled button. The answer (done, or the server's refusal) goes to a live
 * region that is always in the page, so screen readers announce it. After a retry the document is refreshed, so the
 * form shows "provisioning" and a later Save cannot put the old status back. Blocked while the form has unsaved
 * edits, for the same reason.
 */
export const RetryProvisioningButton = (): React.ReactElement | null => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const status = useFormFields(([fields]) => fields.status?.value)
  const modified = useFormModified()
  const router = useRouter()
  const inFlight = useRef(false)
  const [busy, setBusy] = useState(false)
  const [queued, setQueued] = useState(false)
  const [notice, setNotice] = useState<Notice | undefined>()

  const retryable = status === 'failed' || status === 'provisioning'
  if (id === undefined || id === null || id === '' || !canManagePeople({ user: user as Parameters<typeof canManagePeople>[0]['user'] })) return null
  if (!retryable && !notice) return null

  const retry = async () => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(true)
    try {
      const result = await adminRequest<{ queued: boolean }>({ path: `trials/${encodeURIComponent(String(id))}/retry-provisioning` })
      if (result.ok) {
        setQueued(true)
        setNotice({ kind: 'success', text: 'Queued again (same key, so never a second account): the trial is back in provisioning.' })
        router.refresh()
      } else setNotice({ kind: 'error', text: `Not retried: ${result.error}` })
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  const title = modified
    ? 'Save or discard your changes first: the retry changes the status on the server.'
    : status === 'provisioning'
      ? 'For a trial stuck in provisioning: queues the provisioning job again under the same key.'
      : 'Queues the provisioning job again under the same key: the application opens one account at most.'
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, maxWidth: 460 }}>
      {retryable ? (
        <Button buttonStyle={status === 'failed' ? 'primary' : 'secondary'} size="medium" margin={false} type="button" tooltip={title} disabled={busy || queued || modified} onClick={() => void retry()}>
          {busy ? 'Retrying…' : queued ? 'Queued' : 'Retry provisioning'}
        </Button>
      ) : null}
      {/* Both regions are always rendered (empty until needed), so what is put in later is announced. */}
      <div role="status" style={{ fontSize: 13 }}>
        {notice?.kind === 'success' ? <span style={{ color: 'var(--theme-success-750)' }}>{notice.text}</span> : null}
      </div>
      <div role="alert" style={{ fontSize: 13 }}>
        {notice?.kind === 'error' ? <span style={{ color: 'var(--theme-error-750)' }}>{notice.text}</span> : null}
      </div>
    </div>
  )
}
