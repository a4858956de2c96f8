'use client'
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useRef, useState } from 'react'

import { canManagePeople } from '../../access/can-manage-people'
import { adminRequest } from '../../admin/admin-request'

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
      const result = await adminRequest<{ purgedAt: string }>({ path: `form-submissions/${encodeURIComponent(String(id))}/purge-free-text` })
      if (result.ok) {
        setNotice({ kind: 'success', text: 'The free text is deleted.' })
        router.refresh()
      } else setNotice({ kind: 'error', text: `Not purged: ${result.error}` })
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
