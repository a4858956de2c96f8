'use client'
import type React from 'react'

/**
 * A rendered mail, as its recipient sees it: in a sandboxed frame (no scripts, no same-origin access), links opening
 * in a new tab so every flow can be followed from the admin.
 */
export const MailPreviewFrame = ({ html, title }: { html: string; title: string }): React.ReactElement => {
  const withBase = html.includes('<head>') ? html.replace('<head>', '<head><base target="_blank">') : `<base target="_blank">${html}`
  return (
    <iframe
      title={title}
      srcDoc={withBase}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      style={{ width: '100%', minHeight: 560, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, background: '#fff' }}
    />
  )
}
