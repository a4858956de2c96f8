import { z } from 'zod'

/** The part of Resend's email.* webhook events we act on (validated: a signed body can still be malformed). */
export const resendEmailEvent = z.object({
  type: z.enum(['email.sent', 'email.delivered', 'email.delivery_delayed', 'email.bounced', 'email.complained', 'email.opened', 'email.clicked', 'email.failed', 'email.suppressed', 'email.scheduled']),
  created_at: z.string().min(1),
  data: z.object({
    email_id: z.string().min(1).max(200),
    to: z.array(z.string()).optional(),
    tags: z.record(z.string(), z.string()).optional(),
    bounce: z.object({ type: z.string(), subType: z.string().optional() }).optional(),
    suppressed: z.object({ reason: z.string().optional(), type: z.string().optional() }).optional(),
    failed: z.object({ reason: z.string().optional() }).optional(),
  }),
})

export type ResendEmailEvent = z.infer<typeof resendEmailEvent>
