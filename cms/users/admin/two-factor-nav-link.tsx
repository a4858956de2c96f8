import type React from 'react'

/** The navigation's way to /admin/two-factor, so anyone may turn it on where it is not required. */
export const TwoFactorNavLink = (): React.ReactElement => (
  <a className="nav__link" href="/admin/two-factor" style={{ display: 'block', padding: '4px 0' }}>
    <span className="nav__link-label">Two-factor sign-in</span>
  </a>
)
