'use client'
import { Button, toast } from '@payloadcms/ui'
import type React from 'react'
import { useEffect, useState } from 'react'

import { MailPreviewFrame } from './mail-preview-frame'

type TemplateSummary = { id: string; description: string; category: string }
type Preview = { subject: string; html: string; text: string; category: string }

const languages = [
  { code: 'nl', label: 'Nederlands' },
  { code: 'fr', label: 'Français' },
  { code: 'en', label: 'English' },
] as const

/** Picks a template and a language, shows the sample rendering (HTML and text) and sends a test to oneself. */
export const MailTemplatesPanel = ({ templates }: { templates: TemplateSummary[] }): React.ReactElement => {
  const [template, setTemplate] = useState(templates[0]?.id ?? '')
  const [locale, setLocale] = useState<string>('nl')
  const [preview, setPreview] = useState<Preview | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const [sending, setSending] = useState(false)

  useEffect(() => {
    let cancelled = false
    setProblem(undefined)
    fetch(`/api/mail/preview?template=${encodeURIComponent(template)}&locale=${locale}`, { credentials: 'include' })
      .then(async (res) => {
        const body = (await res.json()) as Preview & { error?: string }
        if (cancelled) return
        if (!res.ok) setProblem(body.error ?? `preview failed (${res.status})`)
        else setPreview(body)
      })
      .catch(() => !cancelled && setProblem('preview failed'))
    return () => {
      cancelled = true
    }
  }, [template, locale])

  const sendTest = async () => {
    setSending(true)
    try {
      const res = await fetch('/api/mail/test', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ template, locale }),
      })
      const body = (await res.json()) as { to?: string; error?: string }
      if (res.ok) toast.success(`Test queued for ${body.to}`)
      else toast.error(body.error ?? `sending failed (${res.status})`)
    } finally {
      setSending(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center' }}>
        <label>
          Template{' '}
          <select value={template} onChange={(e) => setTemplate(e.target.value)}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.id} — {t.description} ({t.category})
              </option>
            ))}
          </select>
        </label>
        <label>
          Language{' '}
          <select value={locale} onChange={(e) => setLocale(e.target.value)}>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <Button buttonStyle="primary" size="small" disabled={sending || !preview} onClick={() => void sendTest()}>
          Send me a test
        </Button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      {preview ? (
        <>
          <p>
            <strong>Subject:</strong> {preview.subject} · <em>{preview.category}</em>
          </p>
          <MailPreviewFrame html={preview.html} title={`Preview of ${template} (${locale})`} />
          <details>
            <summary>Plain-text version</summary>
            <pre style={{ whiteSpace: 'pre-wrap' }}>{preview.text}</pre>
          </details>
        </>
      ) : null}
    </div>
  )
}
