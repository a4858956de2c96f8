import { z } from 'zod'

/**
 * What the application reports back through its signed webhook (POST {PUBLIC_URL}/api/trials/webhooks/app, to be
 * built): a trial that converted to a paid plan, expired, or was cancelled in the application. It names the account
 * and the idempotency key we provisioned it with, never the person.
 */
export const trialAppEventTypes = ['trial.converted', 'trial.expired', 'trial.cancelled'] as const

export const trialAppEvent = z.object({
  type: z.enum(trialAppEventTypes),
  occurredAt: z.iso.datetime({ offset: true }),
  data: z.object({
    accountId: z.string().min(1).max(200),
    idempotencyKey: z.string().min(1).max(200),
  }),
})

export type TrialAppEvent = z.output<typeof trialAppEvent>
export type TrialAppEventType = (typeof trialAppEventTypes)[number]
