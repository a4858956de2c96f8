import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { optInRates } from '../opt-in-rates'
import { verifyConsentChain } from '../verify-consent-chain'
import { OptInChart } from './opt-in-chart'
import { isAdminUser } from '../../access/is-admin-user'

/**
 * Admin → Consent: whether the ledger's hash chain holds (and where it breaks), opt-in rates per category over the
 * last 30 days, and the export links. Admins only.
 */
export const ConsentDashboardView = async ({ initPageResult, params, searchParams }: AdminViewServerProps): Promise<React.ReactElement> => {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const allowed = isAdminUser({ user: req.user })
  const [chain, days] = allowed ? await Promise.all([verifyConsentChain({ payload: req.payload }), optInRates({ payload: req.payload })]) : [undefined, []]
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
        <h1>Consent</h1>
        {!allowed || !chain ? (
          <p>Admins only.</p>
        ) : (
          <>
            <h2>Ledger</h2>
            {chain.ok ? (
              <p role="status">Ledger intact: {chain.checked} records verified.</p>
            ) : (
              <p role="alert">
                Ledger broken at record #{chain.firstBroken?.sequence} (id {chain.firstBroken?.id}): {chain.firstBroken?.reason}. {chain.checked} records before it
                verified.
              </p>
            )}
            <p>
              Export: <a href="/api/consent-records/export?format=csv">CSV</a> · <a href="/api/consent-records/export?format=json">JSON</a> (add
              &amp;subject=…, &amp;from=…, &amp;to=… for one person or a period)
            </p>
            <h2>Opt-in rates, last 30 days</h2>
            <OptInChart days={days} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
