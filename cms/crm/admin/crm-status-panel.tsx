'use client'
import { Button, useAuth } from '@payloadcms/ui'
import type React from 'react'
import { useCallback, useEffect, useRef, useState } from 'react'

import { canManagePeople } from '../../access/can-manage-people'
import { adminRequest } from '../../admin/admin-request'
import type { CrmStatus } from '../read-crm-status'

const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/Brussels' }) : 'never')
const cell: React.CSSProperties = { padding: '4px 16px 4px 0', textAlign: 'left' }

/**
 * The CRM page, above the sync list (marketers and admins): whether HubSpot is on (or the local stand-in, or off
 * because no token is set), the queue (due now, waiting for a retry, dead letters), the last round and the last
 * successful contact with HubSpot, the last error, a pause, and "Retry all failed".
 */
export const CrmStatusPanel = (): React.ReactElement | null => {
  const { user } = useAuth()
  const allowed = canManagePeople({ user: user as Parameters<typeof canManagePeople>[0]['user'] })
  const [status, setStatus] = useState<CrmStatus | undefined>()
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | undefined>()
  const [busy, setBusy] = useState(false)
  const inFlight = useRef(false)
  const load = useCallback(async () => {
    const result = await adminRequest<CrmStatus>({ method: 'GET', path: 'crm-syncs/status' })
    if (result.ok) setStatus(result.data)
    else setNotice({ kind: 'error', text: result.error })
  }, [])
  useEffect(() => {
    if (allowed) void load()
  }, [allowed, load])
  if (!allowed) return null

  const retry = async () => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(true)
    try {
      const result = await adminRequest<{ retried: number }>({ path: 'crm-syncs/retry-failed' })
      if (result.ok) {
        setNotice({ kind: 'success', text: `${result.data.retried} ${result.data.retried === 1 ? 'person is' : 'people are'} due again: the next round sends them.` })
        await load()
      } else setNotice({ kind: 'error', text: `Not retried: ${result.error}` })
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  const waiting = status ? status.counts.pending - status.due : 0
  return (
    <section aria-labelledby="crm-status-title" style={{ margin: '0 0 var(--base)', padding: 'calc(var(--base) * 0.75)', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)' }}>
      <h2 id="crm-status-title" style={{ margin: '0 0 8px', fontSize: 18 }}>
        HubSpot sync
      </h2>
      {!status ? (
        <p>Loading…</p>
      ) : !status.enabled ? (
        <p role="status">The CRM is off: HUBSPOT_ACCESS_TOKEN is not set, so nothing is sent to HubSpot. People with CRM consent wait here and are sent once it is set.</p>
      ) : (
        <>
          {status.standIn ? <p>Connected to the local HubSpot stand-in (development only): nothing reaches the real HubSpot.</p> : null}
          <table aria-label="CRM queue" style={{ borderCollapse: 'collapse', marginBottom: 8 }}>
            <tbody>
              <tr><th scope="row" style={cell}>Due now</th><td style={cell}>{status.due}</td></tr>
              <tr><th scope="row" style={cell}>Waiting for a retry</th><td style={cell}>{waiting}</td></tr>
              <tr><th scope="row" style={cell}>Failed (dead letters)</th><td style={cell}><a href="/admin/collections/crm-syncs?where[state][equals]=failed">{status.counts.failed}</a></td></tr>
              <tr><th scope="row" style={cell}>In HubSpot</th><td style={cell}>{status.counts.synced}</td></tr>
              <tr><th scope="row" style={cell}>Withdrawn</th><td style={cell}>{status.counts.withdrawn}</td></tr>
              <tr><th scope="row" style={cell}>Not sent (no consent)</th><td style={cell}>{status.counts.skipped}</td></tr>
              <tr><th scope="row" style={cell}>Last round</th><td style={cell}>{when(status.lastRunAt)}</td></tr>
              <tr><th scope="row" style={cell}>Last reached HubSpot</th><td style={cell}>{when(status.lastSuccessAt)}</td></tr>
            </tbody>
          </table>
          {status.pausedUntil && new Date(status.pausedUntil) > new Date() ? <p role="alert">Paused until {when(status.pausedUntil)}: {status.lastError}</p> : status.lastError ? <p>Last error ({when(status.lastErrorAt)}): {status.lastError}</p> : null}
          <Button buttonStyle="secondary" size="medium" margin={false} type="button" disabled={busy || status.counts.failed === 0} onClick={() => void retry()}>
            {busy ? 'Retrying…' : 'Retry all failed'}
          </Button>
        </>
      )}
      <div role="status" style={{ fontSize: 13, marginTop: 8 }}>
        {notice?.kind === 'success' ? <span style={{ color: 'var(--theme-success-750)' }}>{notice.text}</span> : null}
      </div>
      <div role="alert" style={{ fontSize: 13 }}>
        {notice?.kind === 'error' ? <span style={{ color: 'var(--theme-error-750)' }}>{notice.text}</span> : null}
      </div>
    </section>
  )
}
