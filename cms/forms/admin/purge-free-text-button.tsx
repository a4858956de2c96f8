'use client'
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useRef, useState } from 'react'

import { canManagePeople } from '../../access/can-manage-people'

/**
 * "Purge free text" in a form answer's document controls, while it still has free text: deletes it on the server at
 * once (the health screen flagged it, or someone asked). A ref guards the double click; the answer goes to live
 * regions that are always in the page; the document is refreshed afterwards so a later Save cannot bring it back.
 */
export const PurgeFreeTextButton = (): React.ReactElement | null => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const purgedAt = useFormFields(([fields]) => fields.purgedAt?.value)
  const flagged = useFormFields(([fields]) => fields.flagged?.value)
  const router = useRouter()
  const inFlight = useRef(false)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | undefined>()
  if (id === undefined || id === null || id === '' || !canManagePeople({ user: user as Parameters<typeof canManagePeople>[0]['user'] })) return null
  if (purgedAt && !notice) return null

  const purge = async () => {
    if (inFlight.current) return
    if (!window.confirm('Delete this answer’s free text for good? The rest of the answer stays.')) return
    inFlight.current = true
    setBusy(true)
    try {
      const res = await fetch(`/api/form-submissions/${encodeURIComponent(String(id))}/purge-free-text`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      const body = (await res.json().catch(() => ({}))) as { error?: string; errors?: { message?: string }[] }
      if (res.ok) {
        setNotice({ kind: 'success', text: 'The free text is deleted.' })
        router.refresh()
      } else setNotice({ kind: 'error', text: `Not purged: ${body.error ?? body.errors?.[0]?.message ?? `HTTP ${res.status}`}` })
    } catch {
      setNotice({ kind: 'error', text: 'Not purged: the server could not be reached.' })
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, maxWidth: 460 }}>
      {!purgedAt ? (
        <Button buttonStyle={flagged ? 'primary' : 'secondary'} size="medium" margin={false} type="button" disabled={busy} onClick={() => void purge()}>
          {busy ? 'Purging…' : 'Purge free text'}
        </Button>
      ) : null}
      <div role="status" style={{ fontSize: 13 }}>
        {notice?.kind === 'success' ? <span style={{ color: 'var(--theme-success-750)' }}>{notice.text}</span> : null}
      </div>
      <div role="alert" style={{ fontSize: 13 }}>
        {notice?.kind === 'error' ? <span style={{ color: 'var(--theme-error-750)' }}>{notice.text}</span> : null}
      </div>
    </div>
  )
}
