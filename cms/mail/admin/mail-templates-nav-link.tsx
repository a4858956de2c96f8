import type React from 'react'

/** The admin navigation's way to the mail templates view (custom views have no menu entry of their own). */
export const MailTemplatesNavLink = (): React.ReactElement => (
  <a className="nav__link" href="/admin/mail-templates" style={{ display: 'block', padding: '4px 0' }}>
    <span className="nav__link-label">Mail templates</span>
  </a>
)
