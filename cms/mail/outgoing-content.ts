import { z } from 'zod'

import type { MailMessage } from '../../integrations/mail/mail-port'

/** A rendered message as a mail-messages row keeps it (encrypted) until the provider accepted it, or as a dead letter. */
export const storedContent = z.object({
  to: z.email().optional(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  category: z.enum(['transactional', 'marketing']).default('transactional'),
  headers: z.record(z.string(), z.string()).nullable().default(null),
})
export type StoredContent = z.infer<typeof storedContent>

export const outgoingContent = (message: MailMessage): StoredContent => ({
  to: message.to,
  subject: message.subject,
  html: message.html,
  text: message.text,
  category: message.category ?? 'transactional',
  headers: message.headers ?? null,
})
