'use client'

import type React from 'react'
import { useState } from 'react'

type Offer = { secret: string; otpauthUrl: string; qrSvg: string }
type Step = { kind: 'start' } | { kind: 'scan'; offer: Offer } | { kind: 'codes'; recoveryCodes: string[] }

const post = async (path: string, body?: unknown): Promise<Record<string, unknown>> => {
  const res = await fetch(`/api/users/two-factor/${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  })
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>
  if (!res.ok) throw new Error(typeof json.error === 'string' ? json.error : 'Something went wrong; try again.')
  return json
}

const CodeForm = ({ label, name, onSubmit }: { label: string; name: string; onSubmit: (value: string) => Promise<void> }): React.ReactElement => {
  const [value, setValue] = useState('')
  const [error, setError] = useState<string>()
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        setError(undefined)
        onSubmit(value).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      }}
    >
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} autoComplete="one-time-code" value={value} onChange={(e) => setValue(e.target.value)} required style={{ display: 'block', margin: '8px 0' }} />
      {error ? <p role="alert">{error}</p> : null}
      <button type="submit" className="btn btn--style-primary">
        Confirm
      </button>
    </form>
  )
}

/** The browser half of /admin/two-factor: talks only to /api/users/two-factor/… (the doors the gate leaves open). */
export const TwoFactorForm = ({ mode }: { mode: 'enrol' | 'verify' }): React.ReactElement => {
  const [step, setStep] = useState<Step>({ kind: 'start' })
  const [useRecovery, setUseRecovery] = useState(false)
  const [error, setError] = useState<string>()

  if (mode === 'verify') {
    return (
      <>
        <p>Enter the 6-digit code from your authenticator app{useRecovery ? ', or one of your recovery codes' : ''}.</p>
        {useRecovery ? (
          <CodeForm key="recovery" label="Recovery code" name="recoveryCode" onSubmit={async (recoveryCode) => void (await post('verify', { recoveryCode }), window.location.assign('/admin'))} />
        ) : (
          <CodeForm key="code" label="Code" name="code" onSubmit={async (code) => void (await post('verify', { code }), window.location.assign('/admin'))} />
        )}
        <button type="button" className="btn btn--style-secondary" onClick={() => setUseRecovery(!useRecovery)}>
          {useRecovery ? 'Use a code from the app' : 'Use a recovery code'}
        </button>
      </>
    )
  }
  if (step.kind === 'start') {
    return (
      <>
        <p>Protect this account with a code from an authenticator app (required for admins and marketers on the live site).</p>
        {error ? <p role="alert">{error}</p> : null}
        <button
          type="button"
          className="btn btn--style-primary"
          onClick={() => post('enrol/start').then((offer) => setStep({ kind: 'scan', offer: offer as Offer }), (err: Error) => setError(err.message))}
        >
          Set up two-factor sign-in
        </button>
      </>
    )
  }
  if (step.kind === 'scan') {
    return (
      <>
        <p>Scan this QR code with your authenticator app, or type the key below into it.</p>
        {/* The SVG is ours (qrcode's output for our otpauth URL), never user input. */}
        <div role="img" aria-label="QR code for your authenticator app" style={{ width: 220, background: '#fff' }} dangerouslySetInnerHTML={{ __html: step.offer.qrSvg }} />
        <p>
          Key: <code data-testid="totp-secret">{step.offer.secret}</code>
        </p>
        <CodeForm
          label="Code from the app"
          name="code"
          onSubmit={async (code) => {
            const { recoveryCodes } = (await post('enrol/finish', { code })) as { recoveryCodes: string[] }
            setStep({ kind: 'codes', recoveryCodes })
          }}
        />
      </>
    )
  }
  return (
    <>
      <p role="status">Two-factor sign-in is on. Keep these recovery codes somewhere safe: each works once, and they are shown only now.</p>
      <ul data-testid="recovery-codes">
        {step.recoveryCodes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <a href="/admin" className="btn btn--style-primary">
        I have saved them: go to the admin
      </a>
    </>
  )
}
