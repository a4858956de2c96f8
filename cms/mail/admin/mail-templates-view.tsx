import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { getMailTemplate, mailTemplateIds } from '../../../emails/template-registry'
import { MailTemplatesPanel } from './mail-templates-panel'
import { canManagePeople } from '../../access/can-manage-people'

/**
 * Admin → Mail templates: every template of the registry, previewed with its sample data in nl/fr/en, and a
 * "send me a test" button that mails it to the signed-in user. Marketers and admins only.
 */
export const MailTemplatesView = ({ initPageResult, params, searchParams }: AdminViewServerProps): React.ReactElement => {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const allowed = canManagePeople({ user: req.user })
  const templates = mailTemplateIds.map((id) => ({ id, description: getMailTemplate(id).description, category: getMailTemplate(id).category }))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Mail templates</h1>
        {allowed ? <MailTemplatesPanel templates={templates} /> : <p>Marketers and admins only.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
