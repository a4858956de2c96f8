'use client'
import { useFormFields } from '@payloadcms/ui'
import type React from 'react'

import { MailAttachmentsList } from './mail-attachments-list'
import { MailPreviewFrame } from './mail-preview-frame'

/**
 * The outbox message as its recipient would see it, links clickable (so every flow works without a provider), with
 * its extra headers (List-Unsubscribe: the one-click URL can be followed from here too) and its attachments.
 */
export const MailHtmlPreviewField = (): React.ReactElement | null => {
  const html = useFormFields(([fields]) => fields.html?.value)
  const subject = useFormFields(([fields]) => fields.subject?.value)
  const headers = useFormFields(([fields]) => fields.headers?.value)
  const attachments = useFormFields(([fields]) => fields.attachments?.value)
  if (typeof html !== 'string' || html === '') return null
  const entries = headers && typeof headers === 'object' && !Array.isArray(headers) ? Object.entries(headers as Record<string, unknown>) : []
  return (
    <div style={{ marginBottom: 24 }}>
      {entries.length > 0 ? (
        <dl style={{ margin: '0 0 12px', fontSize: 13, wordBreak: 'break-all' }}>
          {entries.map(([name, value]) => (
            <div key={name}>
              <dt style={{ fontWeight: 600, display: 'inline' }}>{name}: </dt>
              <dd style={{ display: 'inline', margin: 0 }}>{String(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <MailAttachmentsList attachments={attachments} />
      <MailPreviewFrame html={html} title={`Preview: ${typeof subject === 'string' ? subject : 'mail'}`} />
    </div>
  )
}
