import type { Endpoint } from 'payload'

import { peopleManagerEndpoint } from '../access/people-manager-endpoint'
import { toDocumentId } from '../database/to-document-id'
import { DomainError } from '../errors'
import { purgeFreeText } from './purge-free-text'

/** POST /api/form-submissions/:id/purge-free-text: marketers and admins delete a submission's free text at once. */
export const formSubmissionsEndpoints: Endpoint[] = [
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
