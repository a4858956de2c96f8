import type { Payload } from 'payload'

import { ensureMailMessageRows } from '../../cms/mail/ensure-mail-message-rows'
import { renderTestMail } from '../../emails/render-test-mail'
import type { Locale } from '../../config/locales'

/**
 * A `sendMail` job's input as queueMail leaves it: the mail-messages row keeps the rendered test mail (encrypted) and
 * the job names the row. For tests that queue with options of their own (queue, waitUntil); the row is shared by
 * every call with the same key, as in production.
 */
export const storedMailInput = async ({
  payload,
  idempotencyKey,
  to = 'someone@example.com',
  locale = 'nl',
}: {
  payload: Payload
  idempotencyKey: string
  to?: string
  locale?: Locale
}): Promise<{ message: string }> => {
  const rows = await ensureMailMessageRows({ payload, messages: [{ ...renderTestMail({ locale }), to, idempotencyKey }], keepContent: true })
  const row = rows.get(idempotencyKey)
  if (!row) throw new Error('storedMailInput: no row')
  return { message: String(row.id) }
}
