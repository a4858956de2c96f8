import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { toDocumentId } from '../database/to-document-id'
import { DomainError } from '../errors'
import { exportTrials } from './export-trials'
import { peopleManagerEndpoint } from '../access/people-manager-endpoint'
import { spendUserBudget } from '../access/spend-user-budget'
import { csvFileResponse } from '../admin/csv-file-response'
import { retryTrialProvisioning } from './retry-trial-provisioning'
import { trialFunnel } from './trial-funnel'
import { sinceOf, trialFunnelRanges } from './trial-funnel-ranges'

const funnelQuery = z.object({ range: z.enum(trialFunnelRanges).default('all') })
const exportQuery = z.object({ range: z.enum(trialFunnelRanges).default('all'), separator: z.enum(['semicolon', 'comma']).default('semicolon') })
const json = (body: unknown) => Response.json(body, { headers: { 'Cache-Control': 'no-store' } })

/** The query string parsed with `schema`; anything else is the table's 400, never a 500. */
const queryOf = <T extends z.ZodType>({ req, schema }: { req: PayloadRequest; schema: T }): z.infer<T> => {
  const parsed = schema.safeParse(Object.fromEntries(new URL(req.url ?? 'http://x/').searchParams))
  if (!parsed.success) throw new DomainError({ code: 'request.malformed' })
  return parsed.data
}

/**
 * /api/trials/…, for marketers and admins only (signed out 401, editors 403: see people-manager-endpoint.ts):
 * - GET funnel?range=30d|90d|all: signups → verified → provisioned → converted per source, and the dead letters;
 * - GET export.csv?range=…&separator=semicolon|comma: every trial with the person's name and address (per-user budget);
 * - POST :id/retry-provisioning: a failed trial (or one stuck in provisioning) queued again under the same key.
 * The two GETs come before Payload's own `GET /:id`, which would otherwise take "funnel" for an id.
 */
export const trialsEndpoints: Endpoint[] = [
  peopleManagerEndpoint({
    scope: 'trials',
    path: '/funnel',
    method: 'get',
    action: async ({ req }) => json(await trialFunnel({ payload: req.payload, since: sinceOf({ range: queryOf({ req, schema: funnelQuery }).range, now: new Date() }) })),
  }),
  peopleManagerEndpoint({
    scope: 'trials',
    path: '/export.csv',
    method: 'get',
    action: async ({ req }) => {
      const query = queryOf({ req, schema: exportQuery })
      // A file of every person who asked for a trial: 20 downloads per user per 10 minutes is plenty for a marketer.
      await spendUserBudget({ req, name: 'trial-export', points: 20, durationSeconds: 600, code: 'trial.too-many-requests' })
      const now = new Date()
      const { filename, csv } = await exportTrials({ payload: req.payload, since: sinceOf({ range: query.range, now }), separator: query.separator === 'comma' ? ',' : ';', now })
      return csvFileResponse({ filename, csv })
    },
  }),
  peopleManagerEndpoint({
    scope: 'trials',
    path: '/:id/retry-provisioning',
    method: 'post',
    action: async ({ req }) => {
      const trialId = toDocumentId({ payload: req.payload, raw: String(req.routeParams?.id ?? '') })
      if (trialId === undefined) throw new DomainError({ code: 'trial.not-found' })
      return json(await retryTrialProvisioning({ payload: req.payload, trialId, req }))
    },
  }),
]
