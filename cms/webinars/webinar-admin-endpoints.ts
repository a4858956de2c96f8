import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { webinarMessageFields } from '../../emails/webinar-message-fields'
import { canManagePeople } from '../access/can-manage-people'
import { spendUserBudget } from '../access/spend-user-budget'
import { csvFileResponse } from '../admin/csv-file-response'
import { toDocumentId } from '../database/to-document-id'
import { DomainError, errorResponse, requestLocale } from '../errors'
import { createWebinarInvitation } from './create-webinar-invitation'
import { exportWebinarRegistrations } from './export-webinar-registrations'
import { importAttendance } from './import-attendance'
import { queueWebinarMessage } from './queue-webinar-message'
import { webinarRegistrationStats } from './webinar-registration-stats'
import { readJsonBody } from '../admin/read-json-body'

/** The most an attendance file may weigh (the server's body cap for the route is a little above, see server/body-cap-for.ts). */
export const maxAttendanceFileBytes = 2 * 1024 * 1024

type Action = (args: { req: PayloadRequest; webinarId: number | string }) => Promise<Response>

const exportQuery = z.object({ separator: z.enum(['semicolon', 'comma']).default('semicolon') })
const messageBody = z.object({ messageId: z.uuid({ message: 'the form sent no message id: reload the page and try again' }), ...webinarMessageFields })
const json = (body: unknown) => Response.json(body, { headers: { 'Cache-Control': 'no-store' } })


/** The uploaded file's bytes, refused before reading when the declared size is over the limit. */
const readFile = async (req: PayloadRequest): Promise<Uint8Array> => {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxAttendanceFileBytes) throw new DomainError({ code: 'webinar.import-too-large', params: { max: 2 } })
  const bytes = new Uint8Array(req.arrayBuffer ? await req.arrayBuffer() : new ArrayBuffer(0))
  if (bytes.byteLength > maxAttendanceFileBytes) throw new DomainError({ code: 'webinar.import-too-large', params: { max: 2 } })
  return bytes
}

/**
 * Thin handlers: who (signed out 401, not a marketer or admin 403: registrations are personal data, editors never
 * see them), which webinar, the input parsed with zod, then one operation; every refusal answers from the error
 * table, so bad input is a 4xx with a message, never a 500. Logs name ids only.
 */
const endpoint = ({ path, method, action }: { path: string; method: 'get' | 'post'; action: Action }): Endpoint => ({
  path: `/:id/${path}`,
  method,
  handler: async (req) => {
    const locale = requestLocale(req)
    if (!req.user) return errorResponse({ error: new DomainError({ code: 'auth.sign-in-required' }), locale })
    if (!canManagePeople({ user: req.user })) return errorResponse({ error: new DomainError({ code: 'auth.forbidden' }), locale })
    const webinarId = toDocumentId({ payload: req.payload, raw: String(req.routeParams?.id ?? '') })
    if (webinarId === undefined) return errorResponse({ error: new DomainError({ code: 'webinar.not-found' }), locale })
    try {
      return await action({ req, webinarId })
    } catch (error) {
      return errorResponse({ error, locale, logger: req.payload.logger, context: { webinar: String(webinarId), action: path } })
    }
  },
})

/** /api/webinars/:id/… — the webinar admin's registrations panel, export, attendance import, message and invitation. */
export const webinarAdminEndpoints: Endpoint[] = [
  endpoint({ path: 'registration-stats', method: 'get', action: async ({ req, webinarId }) => json(await webinarRegistrationStats({ payload: req.payload, webinarId })) }),
  endpoint({
    path: 'registrations-export',
    method: 'get',
    action: async ({ req, webinarId }) => {
      const query = exportQuery.safeParse(Object.fromEntries(new URL(req.url ?? 'http://x/').searchParams))
      if (!query.success) throw new DomainError({ code: 'request.malformed' })
      const { filename, csv } = await exportWebinarRegistrations({ payload: req.payload, webinarId, separator: query.data.separator === 'comma' ? ',' : ';' })
      return csvFileResponse({ filename, csv })
    },
  }),
  endpoint({
    path: 'attendance-import',
    method: 'post',
    action: async ({ req, webinarId }) => {
      await spendUserBudget({ req, name: 'attendance-import', points: 30, durationSeconds: 600, code: 'webinar.too-many-requests' })
      return json(await importAttendance({ payload: req.payload, webinarId, bytes: await readFile(req), req }))
    },
  }),
  endpoint({
    path: 'message',
    method: 'post',
    action: async ({ req, webinarId }) => {
      const body = messageBody.safeParse(await readJsonBody({ req }))
      if (!body.success) throw new DomainError({ code: 'webinar.message-invalid', params: { reason: body.error.issues.map((i) => i.message).join('; ') } })
      await spendUserBudget({ req, name: 'webinar-message', points: 10, durationSeconds: 3600, code: 'webinar.too-many-requests' })
      return json(await queueWebinarMessage({ payload: req.payload, webinarId, ...body.data, req }))
    },
  }),
  endpoint({
    path: 'invitation-campaign',
    method: 'post',
    action: async ({ req, webinarId }) => {
      const { id, name } = await createWebinarInvitation({ payload: req.payload, webinarId, req })
      return json({ id, name, adminUrl: `/admin/collections/campaigns/${id}` })
    },
  }),
]
