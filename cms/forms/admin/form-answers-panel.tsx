'use client'
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type React from 'react'
import { useCallback, useEffect, useRef, useState } from 'react'

import { canManagePeople } from '../../access/can-manage-people'
import { adminRequest } from '../../admin/admin-request'

type Draw = { id: number | string; entryCount: number; winnersCount: number; seed: string; entriesHash: string; drawnAt: string; algorithm: string; drawnBy?: { email?: string } | number | null }
type Verification = { reproduced: boolean; entriesMatch: boolean }

const cell: React.CSSProperties = { padding: '4px 12px 4px 0', verticalAlign: 'top' }
const mono: React.CSSProperties = { fontFamily: 'var(--font-mono, monospace)', fontSize: 12, wordBreak: 'break-all' }

/**
 * On a form's edit view, for marketers and admins: how many answers it has, a link to them (the answers list filtered
 * to this form) and their CSV download; for a contest, the draw: the button after its end date, then the record
 * (entries, seed, entries hash, who drew and when) and a check that recomputes the winners from it.
 */
export const FormAnswersPanel = (): React.ReactElement | null => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const purpose = useFormFields(([fields]) => fields.purpose?.value)
  const closesAt = useFormFields(([fields]) => fields.closesAt?.value)
  const [answers, setAnswers] = useState<number | undefined>()
  const [draw, setDraw] = useState<Draw | null | undefined>()
  const [verified, setVerified] = useState<Verification | undefined>()
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | undefined>()
  const [busy, setBusy] = useState(false)
  const inFlight = useRef(false)
  const allowed = id !== undefined && id !== null && id !== '' && canManagePeople({ user: user as Parameters<typeof canManagePeople>[0]['user'] })
  const formId = encodeURIComponent(String(id ?? ''))

  const load = useCallback(async () => {
    const list = await adminRequest<{ totalDocs: number }>({ method: 'GET', path: `form-submissions?where[form][equals]=${formId}&limit=1&depth=0&select[id]=true` })
    if (list.ok) setAnswers(list.data.totalDocs)
    const draws = await adminRequest<{ docs: Draw[] }>({ method: 'GET', path: `form-draws?where[form][equals]=${formId}&limit=1&depth=1` })
    if (draws.ok) setDraw(draws.data.docs[0] ?? null)
  }, [formId])

  useEffect(() => {
    if (allowed) void load()
  }, [allowed, load])

  if (!allowed) return null
  const contest = purpose === 'contest'
  const ended = typeof closesAt === 'string' && new Date(closesAt).getTime() <= Date.now()

  const drawNow = async () => {
    if (inFlight.current) return
    if (!window.confirm('Draw the winners now? This happens once: the winners are mailed at once and the draw cannot be redone.')) return
    inFlight.current = true
    setBusy(true)
    try {
      const result = await adminRequest<{ draw: Draw }>({ path: 'form-draws/draw', json: { form: String(id) } })
      if (result.ok) {
        setNotice({ kind: 'success', text: `Drawn: ${result.data.draw.winnersCount} winner(s) among ${result.data.draw.entryCount} entries. They are being mailed.` })
        await load()
      } else setNotice({ kind: 'error', text: `Not drawn: ${result.error}` })
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  const verify = async () => {
    if (!draw) return
    const result = await adminRequest<Verification>({ method: 'GET', path: `form-draws/${encodeURIComponent(String(draw.id))}/verify` })
    if (result.ok) setVerified(result.data)
    else setNotice({ kind: 'error', text: `Not checked: ${result.error}` })
  }

  return (
    <section aria-labelledby="form-answers-panel-title" style={{ marginBottom: 'var(--base)', padding: 'calc(var(--base) * 0.75)', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)' }}>
      <h3 id="form-answers-panel-title" style={{ margin: '0 0 8px' }}>
        {contest ? 'Entries and draw' : 'Answers'}
      </h3>
      <p style={{ margin: '0 0 8px' }}>
        {answers === undefined ? 'Counting…' : `${answers} ${contest ? 'entries' : 'answers'}`} ·{' '}
        <a href={`/admin/collections/form-submissions?where[form][equals]=${formId}`}>See them</a> ·{' '}
        <a href={`/api/form-submissions/export.csv?form=${formId}`} download>
          Download CSV (Excel)
        </a>
      </p>
      {contest && draw === null ? (
        <div>
          <Button buttonStyle="primary" size="medium" margin={false} type="button" disabled={busy || !ended || !answers} onClick={() => void drawNow()}>
            {busy ? 'Drawing…' : 'Draw winners'}
          </Button>
          {!ended ? <p style={{ margin: '8px 0 0' }}>The draw opens after the end date.</p> : null}
        </div>
      ) : null}
      {contest && draw ? (
        <table aria-label="Draw record" style={{ borderCollapse: 'collapse' }}>
          <tbody>
            <tr><th scope="row" style={cell}>Drawn</th><td style={cell}>{new Date(draw.drawnAt).toLocaleString('en-GB', { timeZone: 'Europe/Brussels' })}{typeof draw.drawnBy === 'object' && draw.drawnBy?.email ? ` by ${draw.drawnBy.email}` : ''}</td></tr>
            <tr><th scope="row" style={cell}>Entries</th><td style={cell}>{draw.entryCount}</td></tr>
            <tr><th scope="row" style={cell}>Winners</th><td style={cell}><a href={`/admin/collections/form-draws/${encodeURIComponent(String(draw.id))}`}>{draw.winnersCount}</a></td></tr>
            <tr><th scope="row" style={cell}>Seed</th><td style={{ ...cell, ...mono }}>{draw.seed}</td></tr>
            <tr><th scope="row" style={cell}>Entries hash</th><td style={{ ...cell, ...mono }}>{draw.entriesHash}</td></tr>
            <tr><th scope="row" style={cell}>Algorithm</th><td style={{ ...cell, ...mono }}>{draw.algorithm}</td></tr>
          </tbody>
        </table>
      ) : null}
      {contest && draw ? (
        <div style={{ marginTop: 8 }}>
          <Button buttonStyle="secondary" size="small" margin={false} type="button" onClick={() => void verify()}>
            Recompute the draw
          </Button>
        </div>
      ) : null}
      <div role="status" style={{ fontSize: 13, marginTop: 8 }}>
        {verified ? (verified.reproduced ? 'Recomputed from the seed and the entries: the same winners in the same order.' : 'The recomputation does NOT match this record.') : null}
        {notice?.kind === 'success' ? <span style={{ color: 'var(--theme-success-750)' }}>{notice.text}</span> : null}
      </div>
      <div role="alert" style={{ fontSize: 13 }}>
        {notice?.kind === 'error' ? <span style={{ color: 'var(--theme-error-750)' }}>{notice.text}</span> : null}
      </div>
    </section>
  )
}
