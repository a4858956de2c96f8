import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { getMailTemplate, mailTemplateIds } from '../../../emails/template-registry'
import { canManagePeople } from '../../access/can-manage-people'
import { AdminViewFrame } from '../../admin/admin-view-frame'
import { MailTemplatesPanel } from './mail-templates-panel'

/**
 * Admin → Mail templates: every template of the registry, previewed with its sample data in nl/fr/en, and a
 * "send me a test" button that mails it to the signed-in user. Marketers and admins only.
 */
export const MailTemplatesView = (props: AdminViewServerProps): React.ReactElement => {
  const { req } = props.initPageResult
  const allowed = canManagePeople({ user: req.user })
  const templates = mailTemplateIds.map((id) => ({ id, description: getMailTemplate(id).description, category: getMailTemplate(id).category }))
  return (
    <AdminViewFrame {...props} title="Mail templates">
      {allowed ? <MailTemplatesPanel templates={templates} /> : <p>Marketers and admins only.</p>}
    </AdminViewFrame>
  )
}
