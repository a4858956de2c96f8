'use client'
import type React from 'react'

type Shown = { filename: string; contentType: string; content: string }

const isShown = (value: unknown): value is Shown =>
  typeof value === 'object' && value !== null && ['filename', 'contentType', 'content'].every((k) => typeof (value as Record<string, unknown>)[k] === 'string')

/**
 * The files an outbox message carries, each downloadable as it was sent (so a calendar invitation can be opened
 * from the admin). Offered as octet-stream: the browser saves the file instead of rendering what it holds.
 */
export const MailAttachmentsList = ({ attachments }: { attachments: unknown }): React.ReactElement | null => {
  const files = Array.isArray(attachments) ? attachments.filter(isShown) : []
  if (files.length === 0) return null
  return (
    <ul style={{ margin: '0 0 12px', paddingLeft: 18, fontSize: 13 }} aria-label="Attachments">
      {files.map((file) => (
        <li key={file.filename}>
          <a href={`data:application/octet-stream;base64,${file.content}`} download={file.filename}>
            {file.filename}
          </a>{' '}
          ({file.contentType}, {Math.ceil((file.content.length * 3) / 4 / 1024)} KB)
        </li>
      ))}
    </ul>
  )
}
