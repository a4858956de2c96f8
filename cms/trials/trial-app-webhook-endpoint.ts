import type { Endpoint } from 'payload'

import { applyTrialAppEvent } from './apply-trial-app-event'
import { verifyTrialAppWebhook } from './verify-trial-app-webhook'

const maxBodyBytes = 64 * 1024

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * POST /api/trials/webhooks/app: the web application's signed reports (converted, expired, cancelled). Nothing is
 * read before the signature, the 5-minute window and the once-only message id pass (verify-trial-app-webhook.ts). A
 * replay is acknowledged with 200 `{ duplicate: true }` and changes nothing; an event for a trial we do not know is
 * acknowledged too (the application would only retry it), and logged by type, never by person. Applying that fails
 * gives the message id back and answers 500, so the application's retry is applied.
 */
export const trialAppWebhookEndpoint = ({ secret }: { secret: string | undefined }): Endpoint => ({
  path: '/webhooks/app',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    if (!secret) {
      payload.logger.warn('trial app webhook refused: TRIAL_WEBHOOK_SECRET is not set')
      return answer(503, { error: 'webhooks are not configured' })
    }
    const body = req.text ? await req.text() : ''
    if (Buffer.byteLength(body) > maxBodyBytes) return answer(413, { error: 'payload too large' })
    const check = await verifyTrialAppWebhook({ payload, secret, body, headers: req.headers })
    if (check.outcome === 'replayed') {
      payload.logger.info('trial app webhook replayed: already processed, acknowledged')
      return answer(200, { duplicate: true })
    }
    if (check.outcome === 'refused') {
      payload.logger.warn({ problem: check.problem }, 'trial app webhook refused')
      return check.problem === 'invalid-event' ? answer(400, { error: 'unexpected event shape' }) : answer(401, { error: 'invalid signature' })
    }
    let outcome
    try {
      outcome = await applyTrialAppEvent({ payload, event: check.event })
    } catch (error) {
      await check.release()
      payload.logger.error({ type: check.event.type, err: error instanceof Error ? error.message : 'unknown' }, 'trial app event not applied: the application will retry it')
      return answer(500, { error: 'not applied, retry later' })
    }
    payload.logger.info({ type: check.event.type, outcome }, 'trial app event')
    return answer(200, { received: true, outcome })
  },
})
