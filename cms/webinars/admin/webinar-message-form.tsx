'use client'
import { Banner, Button, ConfirmationModal, useModal } from '@payloadcms/ui'
import type React from 'react'
import { useId, useState } from 'react'

import { webinarRequest } from './webinar-request'

type Queued = { recipients: number; jobId?: string | number }

/**
 * "Message to registrants": subject and plain-text paragraphs, mailed to every confirmed seat after a confirmation.
 * The message id is made when the form is (re)started and sent with it, so a double submit or a retry on a flaky
 * connection mails nobody twice; a new message after a send gets a new id. Not a <form>: it sits inside the
 * document's form.
 */
export const WebinarMessageForm = ({ id }: { id: string | number }): React.ReactElement => {
  const { openModal } = useModal()
  const subjectId = useId()
  const bodyId = useId()
  const helpId = useId()
  const [messageId, setMessageId] = useState(() => crypto.randomUUID())
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | undefined>()
  const modalSlug = `webinar-message-${id}`

  const send = async () => {
    setBusy(true)
    const result = await webinarRequest<Queued>({ id, action: 'message', json: { messageId, subject, body } })
    setBusy(false)
    if (!result.ok) return setNotice({ kind: 'error', text: `Not sent: ${result.error}` })
    if (result.data.recipients === 0) return setNotice({ kind: 'error', text: 'Nobody holds a seat yet: nothing was sent.' })
    setNotice({ kind: 'success', text: `Queued for ${result.data.recipients} confirmed ${result.data.recipients === 1 ? 'registrant' : 'registrants'}.` })
    setSubject('')
    setBody('')
    setMessageId(crypto.randomUUID())
  }

  const people = 'every confirmed registrant'
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <p id={helpId} style={{ margin: 0, fontSize: 13 }}>
        A service message about this webinar to {people}, framed in their language. Practical information only: no promotion (people did not agree to
        marketing by registering). Plain text; leave an empty line between paragraphs.
      </p>
      <label htmlFor={subjectId} style={{ fontWeight: 600 }}>
        Subject
      </label>
      <input
        id={subjectId}
        type="text"
        value={subject}
        maxLength={150}
        aria-describedby={helpId}
        onChange={(e) => setSubject(e.target.value)}
        // Enter in a text input would submit the document's form (a save), not this message.
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault()
        }}
        style={{ padding: '6px 8px' }}
      />
      <label htmlFor={bodyId} style={{ fontWeight: 600 }}>
        Message
      </label>
      <textarea id={bodyId} value={body} rows={8} maxLength={5000} onChange={(e) => setBody(e.target.value)} style={{ padding: '6px 8px', fontFamily: 'inherit' }} />
      <div>
        <Button buttonStyle="primary" size="small" margin={false} disabled={busy || subject.trim() === '' || body.trim() === ''} onClick={() => openModal(modalSlug)}>
          Send to registrants…
        </Button>
      </div>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={`Send this message to ${people}?`}
        body="Each confirmed registrant receives it once. It cannot be unsent."
        confirmLabel="Send"
        confirmingLabel="Queueing…"
        cancelLabel="Not yet"
        onConfirm={send}
      />
      <div role="status">{notice?.kind === 'success' ? <Banner type="success">{notice.text}</Banner> : null}</div>
      <div role="alert">{notice?.kind === 'error' ? <Banner type="error">{notice.text}</Banner> : null}</div>
    </div>
  )
}
