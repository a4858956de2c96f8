/**
 * What the product needs from a mail provider (owned by its consumers, the CMS's mail jobs): send one rendered
 * message, or up to 100 at once, exactly once per idempotency key. The sender (From, Reply-To) is the adapter's
 * setting, never a message field, so no caller can forge it.
 */
export type MailCategory = 'transactional' | 'marketing'

export type MailTag = { name: string; value: string }

/**
 * A file sent with a message (a calendar invitation). `content` is base64 of the file's bytes everywhere, from the
 * caller through the stored message to the provider: Resend takes base64, and a later binary file needs no new format.
 */
export type MailAttachment = {
  /** The name the recipient sees: no path, no control characters, at most 100 characters. */
  filename: string
  /** From the allowlist in mail-attachments-schema.ts, parameters allowed (`text/calendar; charset=utf-8; method=REQUEST`). */
  contentType: string
  /** Base64 (RFC 4648, with padding) of the file's bytes. */
  content: string
}

export type MailMessage = {
  to: string
  subject: string
  html: string
  text: string
  /** Same key ⇒ the provider delivers at most once, however often a retry calls send. */
  idempotencyKey: string
  /** Marketing mail must carry List-Unsubscribe headers and may not go to role addresses. Default: transactional. */
  category?: MailCategory
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post). */
  headers?: Record<string, string>
  /** Provider tags echoed back in delivery events (ASCII letters, digits, _ and - only). */
  tags?: MailTag[]
  /** Files sent with the message: transactional mail only, and never through sendBatch (Resend's batch endpoint refuses them). */
  attachments?: MailAttachment[]
}

export type SendResult = { id: string; duplicate: boolean }

/** The most messages one batch request may carry (Resend's limit). */
export const maxBatchSize = 100

export type MailPort = {
  /** Throws MailSendError: `retryable` says whether trying again later can succeed. */
  send: (message: MailMessage) => Promise<SendResult>
  /**
   * All or nothing (strict validation): one key for the whole batch; results in the order of `messages`. A message
   * with attachments is refused (MailSendError invalid_message), never sent without them: send it alone.
   */
  sendBatch: (args: { messages: MailMessage[]; idempotencyKey: string }) => Promise<SendResult[]>
}
