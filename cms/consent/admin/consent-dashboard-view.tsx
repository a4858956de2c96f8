import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { AdminViewFrame } from '../../admin/admin-view-frame'
import { optInRates } from '../opt-in-rates'
import { verifyConsentChain } from '../verify-consent-chain'
import { DataLocations } from './data-locations'
import { OptInChart } from './opt-in-chart'
import { isAdminUser } from '../../access/is-admin-user'
import { requestLocale } from '../../errors'

/**
 * Admin → Consent: whether the ledger's hash chain holds (and where it breaks), opt-in rates per category over the
 * last 30 days, the export links, and where each processor keeps data (EU residency). Admins only.
 */
export const ConsentDashboardView = async (props: AdminViewServerProps): Promise<React.ReactElement> => {
  const { req } = props.initPageResult
  const allowed = isAdminUser({ user: req.user })
  const [chain, days] = allowed ? await Promise.all([verifyConsentChain({ payload: req.payload }), optInRates({ payload: req.payload })]) : [undefined, []]
  return (
    <AdminViewFrame {...props} title="Consent">
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
            <h2>Where data is kept</h2>
            <DataLocations locale={requestLocale(req)} />
          </>
        )}
    </AdminViewFrame>
  )
}
