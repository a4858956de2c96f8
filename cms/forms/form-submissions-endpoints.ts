import type { Endpoint } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { z } from 'zod'

import { peopleManagerEndpoint } from '../access/people-manager-endpoint'
import { sharedBudget } from '../database/shared-budget'
import { toDocumentId } from '../database/to-document-id'
import { DomainError } from '../errors'
import { exportFormAnswers } from './export-form-answers'
import { purgeFreeText } from './purge-free-text'

const exportQuery = z.object({ form: z.string().regex(/^[A-Za-z0-9]{1,32}$/), separator: z.enum(['semicolon', 'comma']).default('semicolon') })

/**
 * For marketers and admins only:
 * - GET export.csv?form=<id>&separator=semicolon|comma: one form's answers for a spreadsheet (no free text; a per-user
 *   budget, as the file holds people's addresses); it comes before Payload's own `GET /:id`;
 * - POST :id/purge-free-text: delete an answer's free text at once.
 */
export const formSubmissionsEndpoints: Endpoint[] = [
  peopleManagerEndpoint({
    scope: 'form-submissions',
    path: '/export.csv',
    method: 'get',
    action: async ({ req }) => {
      const query = exportQuery.safeParse(Object.fromEntries(new URL(req.url ?? 'http://x/').searchParams))
      if (!query.success) throw new DomainError({ code: 'request.malformed' })
      const formId = toDocumentId({ payload: req.payload, raw: query.data.form })
      if (formId === undefined) throw new DomainError({ code: 'form.not-found' })
      try {
        await sharedBudget({ payload: req.payload, name: 'form-export', points: 20, durationSeconds: 600 }).consume(`user:${String(req.user?.id ?? '')}`)
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new DomainError({ code: 'form.too-many-requests' })
        throw error
      }
      const { filename, csv } = await exportFormAnswers({ payload: req.payload, formId, separator: query.data.separator === 'comma' ? ',' : ';' })
      return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } })
    },
  }),
  peopleManagerEndpoint({
    scope: 'form-submissions',
    path: '/:id/purge-free-text',
    method: 'post',
    action: async ({ req }) => {
      const submissionId = toDocumentId({ payload: req.payload, raw: String(req.routeParams?.id ?? '') })
      if (submissionId === undefined) throw new DomainError({ code: 'form.submission-not-found' })
      return Response.json(await purgeFreeText({ payload: req.payload, submissionId, req }), { headers: { 'Cache-Control': 'no-store' } })
    },
  }),
]
