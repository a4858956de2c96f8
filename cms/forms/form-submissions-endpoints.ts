import type { Endpoint } from 'payload'
import { z } from 'zod'

import { peopleManagerEndpoint } from '../access/people-manager-endpoint'
import { spendUserBudget } from '../access/spend-user-budget'
import { csvFileResponse } from '../admin/csv-file-response'
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
      await spendUserBudget({ req, name: 'form-export', points: 20, durationSeconds: 600, code: 'form.too-many-requests' })
      const { filename, csv } = await exportFormAnswers({ payload: req.payload, formId, separator: query.data.separator === 'comma' ? ',' : ';' })
      return csvFileResponse({ filename, csv })
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
