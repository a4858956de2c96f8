import type { Endpoint } from 'payload'
import { z } from 'zod'

import { peopleManagerEndpoint } from '../access/people-manager-endpoint'
import { spendUserBudget } from '../access/spend-user-budget'
import { toDocumentId } from '../database/to-document-id'
import { DomainError } from '../errors'
import { drawContest } from './draw-contest'
import { verifyDraw } from './verify-draw'
import { readJsonBody } from '../admin/read-json-body'

const drawBody = z.object({ form: z.union([z.string().regex(/^[A-Za-z0-9]{1,32}$/), z.number().int().positive()]) }).strict()


/**
 * For marketers and admins only:
 * - POST draw {form}: draw a closed contest's winners, once (draw-contest.ts); a small per-user budget, as each draw
 *   mails people;
 * - GET :id/verify: recompute a draw from its record and say whether it gives the same winners.
 */
export const formDrawsEndpoints: Endpoint[] = [
  peopleManagerEndpoint({
    scope: 'form-draws',
    path: '/draw',
    method: 'post',
    action: async ({ req }) => {
      const body = drawBody.safeParse(await readJsonBody({ req }))
      if (!body.success) throw new DomainError({ code: 'request.malformed' })
      const formId = toDocumentId({ payload: req.payload, raw: String(body.data.form) })
      if (formId === undefined) throw new DomainError({ code: 'form.not-found' })
      await spendUserBudget({ req, name: 'form-draw', points: 10, durationSeconds: 600, code: 'form.too-many-requests' })
      const draw = await drawContest({ req, formId })
      return Response.json({ draw: { id: draw.id, entryCount: draw.entryCount, winnersCount: draw.winnersCount, seed: draw.seed, entriesHash: draw.entriesHash, drawnAt: draw.drawnAt } }, { status: 201, headers: { 'Cache-Control': 'no-store' } })
    },
  }),
  peopleManagerEndpoint({
    scope: 'form-draws',
    path: '/:id/verify',
    method: 'get',
    action: async ({ req }) => {
      const drawId = toDocumentId({ payload: req.payload, raw: String(req.routeParams?.id ?? '') })
      if (drawId === undefined) throw new DomainError({ code: 'form.draw-not-found' })
      return Response.json(await verifyDraw({ payload: req.payload, drawId }), { headers: { 'Cache-Control': 'no-store' } })
    },
  }),
]
