import type { Endpoint } from 'payload'

import { peopleManagerEndpoint } from '../access/people-manager-endpoint'
import { toDocumentId } from '../database/to-document-id'
import { DomainError } from '../errors'
import { readCrmStatus } from './read-crm-status'

const json = (body: unknown) => Response.json(body, { headers: { 'Cache-Control': 'no-store' } })

/**
 * For marketers and admins (the CRM page):
 * - GET status: whether HubSpot is on, the queue (due, waiting, dead letters), the last round and the last error;
 * - POST retry-failed: every dead letter due again now;
 * - POST :id/retry: one dead letter due again now.
 */
export const crmEndpoints: Endpoint[] = [
  peopleManagerEndpoint({ scope: 'crm-syncs', path: '/status', method: 'get', action: async ({ req }) => json(await readCrmStatus({ payload: req.payload })) }),
  peopleManagerEndpoint({
    scope: 'crm-syncs',
    path: '/retry-failed',
    method: 'post',
    action: async ({ req }) => {
      const result = await req.payload.update({ collection: 'crm-syncs', where: { state: { equals: 'failed' } }, data: { state: 'pending', attempts: 0, dueAt: new Date().toISOString() }, overrideAccess: true, depth: 0, req })
      return json({ retried: result.docs.length })
    },
  }),
  peopleManagerEndpoint({
    scope: 'crm-syncs',
    path: '/:id/retry',
    method: 'post',
    action: async ({ req }) => {
      const id = toDocumentId({ payload: req.payload, raw: String(req.routeParams?.id ?? '') })
      const row = id === undefined ? undefined : (await req.payload.find({ collection: 'crm-syncs', where: { and: [{ id: { equals: id } }, { state: { equals: 'failed' } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
      if (!row) throw new DomainError({ code: 'crm.not-a-dead-letter' })
      await req.payload.update({ collection: 'crm-syncs', id: row.id, data: { state: 'pending', attempts: 0, dueAt: new Date().toISOString() }, overrideAccess: true, depth: 0, req })
      return json({ retried: 1 })
    },
  }),
]
