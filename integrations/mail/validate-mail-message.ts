import { z } from 'zod'

import { isRoleAddress } from './is-role-address'
import { mailAttachmentsSchema } from './mail-attachments-schema'
import type { MailMessage } from './mail-port'
import { MailSendError } from './mail-send-error'

// Gmail clips messages above ~102 KB, and a clipped marketing mail hides its unsubscribe link: refuse instead.
export const maxHtmlBytes = 100_000
export const maxTextBytes = 100_000

// eslint-disable-next-line no-control-regex
const oneLine = /^[^\u0000-\u001f\u007f\u2028\u2029]*$/
const headerName = /^[A-Za-z0-9-]{1,76}$/
const tagPart = /^[A-Za-z0-9_-]{1,256}$/
const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

const schema = z
  .object({
    to: z.string().max(254).regex(oneLine, 'contains a line break').pipe(z.email({ message: 'is not a valid e-mail address' })),
    subject: z.string().min(1, 'is empty').max(900, 'is longer than 900 characters').regex(oneLine, 'contains a line break or control character (header injection)'),
    html: z.string().refine((s) => bytes(s) <= maxHtmlBytes, `is larger than ${maxHtmlBytes / 1000} KB`),
    text: z.string().min(1, 'is empty').refine((s) => bytes(s) <= maxTextBytes, `is larger than ${maxTextBytes / 1000} KB`),
    idempotencyKey: z.string().min(1).max(256),
    category: z.enum(['transactional', 'marketing']).optional(),
    headers: z.record(z.string(), z.string().max(2000).regex(oneLine, 'contains a line break (header injection)')).optional(),
    tags: z.array(z.object({ name: z.string().regex(tagPart), value: z.string().regex(tagPart) })).max(10).optional(),
    attachments: mailAttachmentsSchema.optional(),
  })
  .superRefine((m, ctx) => {
    for (const name of Object.keys(m.headers ?? {})) {
      if (!headerName.test(name)) ctx.addIssue({ code: 'custom', path: ['headers'], message: 'has an invalid header name' })
    }
    if (m.category !== 'marketing') return
    // A file in a mail to many people is a campaign's attachment: heavier for every reader, and a spam signal.
    if ((m.attachments ?? []).length > 0) ctx.addIssue({ code: 'custom', path: ['attachments'], message: 'are for transactional mail only, not marketing' })
    if (isRoleAddress(m.to)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'is a role address (postmaster@, noreply@, …): no marketing mail' })
    const names = Object.keys(m.headers ?? {}).map((h) => h.toLowerCase())
    if (!names.includes('list-unsubscribe') || !names.includes('list-unsubscribe-post')) {
      ctx.addIssue({ code: 'custom', path: ['headers'], message: 'marketing mail needs List-Unsubscribe and List-Unsubscribe-Post' })
    }
  })

/**
 * The port's own gate, run by every adapter before anything leaves the process (and by the CMS before queuing):
 * invalid or role addresses for marketing, line breaks in subjects or headers, oversized content, attachments that
 * are unsafe, of a type not allowed, too many or too heavy. The error names the field and the rule, never the value.
 */
export const validateMailMessage = (message: MailMessage): MailMessage => {
  const parsed = schema.safeParse(message)
  if (parsed.success) return message
  const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'message'} ${i.message}`).join('; ')
  throw new MailSendError({ code: 'invalid_message', retryable: false, message: `mail refused before sending: ${detail}` })
}
