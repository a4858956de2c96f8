import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { twoFactorRecord } from '../two-factor-record'
import { TwoFactorForm } from './two-factor-form'

/**
 * /admin/two-factor: set up two-factor sign-in (QR code, the secret as text, then recovery codes once), or give this
 * session's code. Drawn without the admin's navigation: a user sent here by the server's gate can reach nothing else yet.
 */
export const TwoFactorView = async ({ initPageResult }: AdminViewServerProps): Promise<React.ReactElement> => {
  const { req } = initPageResult
  const user = req.user as { id: string | number; collection?: string; _sid?: string } | null
  const record = user?.collection === 'users' ? await twoFactorRecord({ payload: req.payload, id: user.id }) : undefined
  const mode = !record ? 'signed-out' : !record.enabled ? 'enrol' : user?._sid && record.sessions.includes(user._sid) ? 'done' : 'verify'
  return (
    <Gutter>
      <h1>Two-factor sign-in</h1>
      {mode === 'signed-out' ? (
        <p>
          <a href="/admin/login">Sign in</a> first.
        </p>
      ) : mode === 'done' ? (
        <p role="status">
          Two-factor sign-in is on for this account ({record?.recoveryCodeHashes.length ?? 0} recovery codes left). <a href="/admin">Go to the admin</a>.
        </p>
      ) : (
        <TwoFactorForm mode={mode} />
      )}
      <p>
        <a href="/admin/logout">Sign out</a>
      </p>
    </Gutter>
  )
}
