import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

/**
 * The frame of every custom admin view: Payload's own template (navigation, header, permissions) around a titled
 * page, so our views look and behave like Payload's.
 */
export const AdminViewFrame = ({ initPageResult, params, searchParams, title, children }: AdminViewServerProps & { title: string; children: React.ReactNode }): React.ReactElement => {
  const { req, locale, permissions, visibleEntities } = initPageResult
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
        <h1>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
