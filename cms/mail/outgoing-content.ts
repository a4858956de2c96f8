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
  // Only the shape: the rules (types, names, sizes) are checked again by the port when it is sent, so a row stored
  // under older rules is refused with their reason rather than unreadable. Rows from before attachments have none.
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), content: z.string() })).optional(),
})
export type StoredContent = z.infer<typeof storedContent>

export const outgoingContent = (message: MailMessage): StoredContent => ({
  to: message.to,
  subject: message.subject,
  html: message.html,
  text: message.text,
  category: message.category ?? 'transactional',
  headers: message.headers ?? null,
  // Kept with the message, so a retried or re-queued mail sends its files again.
  ...(message.attachments && message.attachments.length > 0 ? { attachments: message.attachments } : {}),
})
