import type React from 'react'

/** The admin navigation's way to the consent dashboard (custom views have no menu entry of their own). */
export const ConsentDashboardNavLink = (): React.ReactElement => (
  <a className="nav__link" href="/admin/consent" style={{ display: 'block', padding: '4px 0' }}>
    <span className="nav__link-label">Consent</span>
  </a>
)
