import type { Endpoint } from 'payload'

import { peopleManagerEndpoint } from '../access/people-manager-endpoint'
import { spendUserBudget } from '../access/spend-user-budget'
import { csvFileResponse } from '../admin/csv-file-response'
import { exportFacebookAudience } from './export-facebook-audience'

/**
 * For marketers and admins only: GET facebook.csv, the Facebook custom audience (export-facebook-audience.ts), logged
 * in `audience-exports`. A small per-user budget: each download reads every professional's address and ledger, and
 * each one is a log row. It comes before Payload's own `GET /:id`.
 */
export const audienceExportsEndpoints: Endpoint[] = [
  peopleManagerEndpoint({
    scope: 'audience-exports',
    path: '/facebook.csv',
    method: 'get',
    action: async ({ req }) => {
      await spendUserBudget({ req, name: 'audience-export', points: 10, durationSeconds: 3600, code: 'crm.audience-too-many-requests' })
      const { filename, csv } = await exportFacebookAudience({ req })
      return csvFileResponse({ filename, csv })
    },
  }),
]
