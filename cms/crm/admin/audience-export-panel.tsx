'use client'
import { Button, useAuth } from '@payloadcms/ui'
import type React from 'react'
import { useId } from 'react'

import { canManagePeople } from '../../access/can-manage-people'

/**
 * Above the audience exports list, for marketers and admins (the endpoint checks again): the download of the Facebook
 * custom audience and who is in it. A plain link, so the browser saves the file with the session cookie; each
 * download adds a row to the list below (reload to see it). A refusal (too many downloads, no policy in force)
 * opens as the server's JSON message.
 */
export const AudienceExportPanel = (): React.ReactElement | null => {
  const { user } = useAuth()
  const headingId = useId()
  if (!canManagePeople({ user: user as Parameters<typeof canManagePeople>[0]['user'] })) return null
  return (
    <section aria-labelledby={headingId} style={{ display: 'grid', gap: 8, padding: 16, margin: '0 var(--gutter-h) 24px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h2 id={headingId} style={{ margin: 0, fontSize: 18 }}>
        Facebook custom audience
      </h2>
      <p style={{ margin: 0 }}>
        Professionals (a profession set) whose status is active and who ticked “show me relevant ads on Facebook and Instagram” in their preference
        center and have not withdrawn it since (unsubscribing from everything withdraws it). Nobody else. Each address is sent as its SHA-256 hash
        only, ready for Facebook’s customer list upload; every download is logged here.
      </p>
      <div>
        <Button el="anchor" url="/api/audience-exports/facebook.csv" buttonStyle="primary" size="small" margin={false}>
          Download Facebook audience (hashed)
        </Button>
      </div>
    </section>
  )
}
