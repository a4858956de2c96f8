'use client'
import { Collapsible, useAuth, useDocumentInfo } from '@payloadcms/ui'
import type React from 'react'
import { useId, useState } from 'react'

import { canManagePeople } from '../../access/can-manage-people'
import { AttendanceImportForm } from './attendance-import-form'
import { InviteCampaignButton } from './invite-campaign-button'
import { RegistrationSummary } from './registration-summary'
import { WebinarMessageForm } from './webinar-message-form'

/**
 * The top of a webinar's edit view for marketers and admins: its registrations (counts, per day, list, CSV),
 * attendance import, a message to the registrants and an invitation campaign. Editors never get it (the field's
 * condition, and every endpoint behind it checks the role again); nothing before the webinar is first saved.
 */
export const WebinarAdminPanel = (): React.ReactElement | null => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const headingId = useId()
  const [version, setVersion] = useState(0)
  if (id === undefined || id === null || id === '' || !canManagePeople({ user: user as Parameters<typeof canManagePeople>[0]['user'] })) return null
  return (
    <section aria-labelledby={headingId} style={{ display: 'grid', gap: 12, padding: 16, marginBottom: 24, border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h2 id={headingId} style={{ margin: 0, fontSize: 18 }}>
        Registrations
      </h2>
      <RegistrationSummary id={id} version={version} />
      <Collapsible header="Import attendance" initCollapsed>
        <AttendanceImportForm id={id} onImported={() => setVersion((v) => v + 1)} />
      </Collapsible>
      <Collapsible header="Message to registrants" initCollapsed>
        <WebinarMessageForm id={id} />
      </Collapsible>
      <Collapsible header="Invite a list" initCollapsed>
        <InviteCampaignButton id={id} />
      </Collapsible>
    </section>
  )
}
